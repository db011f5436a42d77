import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Chip, Grid, Typography } from '@material-ui/core';
import { VendorView } from '@maas/plugin-maas-common';
import { AlarmChip } from '../common/AlarmChip';
import { formatMoney } from '../common/format';
import { renewalCalendar, RenewalEntry } from './renewalCalendar';

function Entry({ entry }: { entry: RenewalEntry }) {
  return (
    <Box mb={1}>
      <Typography variant="body2">
        {entry.deadline.slice(8, 10)} ·{' '}
        <EntityRefLink entityRef={entry.ref} title={entry.title} />
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        term ends {entry.termEnd}
        {entry.annualValue ? ` · ${formatMoney(entry.annualValue)} a year` : ''}
      </Typography>
      {!entry.decided && entry.daysLeft <= 30 ? (
        <AlarmChip label="to decide" />
      ) : (
        <Chip
          size="small"
          label={entry.decided ? 'decided' : 'to decide'}
          color={entry.decided ? 'primary' : 'default'}
        />
      )}{' '}
      {entry.renewal === 'auto' && (
        <Chip size="small" label="renews automatically" />
      )}
    </Box>
  );
}

/** The next 12 months' decision deadlines by month. */
export function RenewalCalendar(props: { vendors: readonly VendorView[] }) {
  const today =
    props.vendors[0]?.dataAct.asOf.date ??
    new Date().toISOString().slice(0, 10);
  const months = renewalCalendar(props.vendors, today);
  const total = months.reduce((sum, m) => sum + m.entries.length, 0);
  return (
    <InfoCard
      title="Renewal calendar"
      subheader={`${total} decision deadlines (term end − notice) in the next 12 months`}
    >
      <Grid container spacing={2}>
        {months.map(month => (
          <Grid item xs={12} sm={6} md={3} lg={2} key={month.month}>
            <Box data-testid={`renewals-${month.month}`}>
              <Typography variant="subtitle2">{month.label}</Typography>
              {month.entries.length === 0 ? (
                <Typography variant="caption" color="textSecondary">
                  no deadline
                </Typography>
              ) : (
                month.entries.map(entry => (
                  <Entry key={entry.ref} entry={entry} />
                ))
              )}
            </Box>
          </Grid>
        ))}
      </Grid>
    </InfoCard>
  );
}
