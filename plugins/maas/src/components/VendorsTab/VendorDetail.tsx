import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@material-ui/core';
import {
  Bar,
  BarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useVendor } from '../../hooks/useVendor';
import { AsyncState } from '../common/AsyncState';
import { criterionTitle, formatDaysLeft } from '../common/format';
import { DataActStatusIcon } from './DataActStatusIcon';
import { RecordDecision } from './RecordDecision';

/** One vendor: why its score, the Data Act checklist, the deadline, the decisions. */
export function VendorDetail({ vendorRef }: { vendorRef: string }) {
  const state = useVendor(vendorRef);
  return (
    <AsyncState {...state}>
      {vendor => (
        <Grid container spacing={3}>
          <Grid item xs={12} md={6}>
            <InfoCard
              title={`${vendor.title}: reversibility ${vendor.score} / 100`}
            >
              <Box height={320}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart
                    data={vendor.criteria.map(c => ({
                      ...c,
                      label: criterionTitle(c.criterion),
                      missing: c.maxPoints - c.points,
                    }))}
                    layout="vertical"
                    margin={{ left: 170 }}
                  >
                    <XAxis type="number" />
                    <YAxis type="category" dataKey="label" width={170} />
                    <Tooltip
                      labelFormatter={(label, payload) =>
                        `${label}: ${payload?.[0]?.payload?.detail ?? ''}`
                      }
                    />
                    <Bar
                      dataKey="points"
                      stackId="s"
                      name="Points"
                      fill="#1976d2"
                    />
                    <Bar
                      dataKey="missing"
                      stackId="s"
                      name="Missing"
                      fill="#e0e0e0"
                    />
                  </BarChart>
                </ResponsiveContainer>
              </Box>
              <List dense>
                {vendor.criteria.map(c => (
                  <ListItem key={c.criterion}>
                    <ListItemText
                      primary={`${criterionTitle(c.criterion)}: ${
                        c.points
                      } of ${c.maxPoints}`}
                      secondary={`${c.detail}${
                        c.source ? ` (weakest tool: ${c.source})` : ''
                      }`}
                    />
                  </ListItem>
                ))}
              </List>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="EU Data Act switching checks">
              <List dense>
                {vendor.dataAct.asOf.checks.map(check => (
                  <ListItem key={check.ruleId}>
                    <ListItemIcon>
                      <DataActStatusIcon check={check} />
                    </ListItemIcon>
                    <ListItemText
                      primary={`${check.title} (${check.article})`}
                      secondary={`${check.detail}${
                        check.failsOn
                          ? ` · fails on ${check.failsOn.date}: ${check.failsOn.requirement}`
                          : ''
                      }`}
                    />
                  </ListItem>
                ))}
              </List>
            </InfoCard>
            <Box mt={3}>
              <InfoCard title="Decision">
                {vendor.deadline ? (
                  <Typography paragraph>
                    Term ends {vendor.deadline.termEnd}; notice{' '}
                    {vendor.deadline.noticeDays} days; decide by{' '}
                    <strong>{vendor.deadline.deadline}</strong> (
                    {formatDaysLeft(vendor.deadline.daysLeft)}
                    ).
                  </Typography>
                ) : (
                  <Typography paragraph>
                    The contract declares no term end.
                  </Typography>
                )}
                <List dense>
                  {(vendor.decisions ?? []).map(d => (
                    <ListItem key={d.id}>
                      <ListItemText
                        primary={`${d.decision} — ${d.note ?? ''}`}
                        secondary={
                          <>
                            <EntityRefLink entityRef={d.decidedBy} /> on{' '}
                            {d.decidedAt.slice(0, 10)}
                          </>
                        }
                      />
                    </ListItem>
                  ))}
                </List>
                <RecordDecision
                  vendorRef={vendor.ref}
                  onRecorded={state.retry}
                />
              </InfoCard>
            </Box>
          </Grid>
        </Grid>
      )}
    </AsyncState>
  );
}
