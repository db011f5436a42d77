import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { SprawlView } from '@maas/plugin-maas-common';
import { formatMoney } from '../common/format';

const SHOWN = 8;

/** What the unused seats cost: in total, and the tools that waste most. */
export function UnusedSeats(props: {
  licences: SprawlView['licences'];
  total: SprawlView['unusedSeatCost'];
}) {
  const costliest = props.licences
    .filter(l => (l.unusedCost?.amount ?? 0) > 0)
    .sort((a, b) => (b.unusedCost?.amount ?? 0) - (a.unusedCost?.amount ?? 0))
    .slice(0, SHOWN);
  return (
    <InfoCard
      title="Unused seats"
      subheader="(purchased − active) × cost / purchased, from the latest usage posted, else the catalogue"
    >
      <Typography variant="h5" component="p">
        {formatMoney(props.total)} a year
      </Typography>
      <List dense>
        {costliest.map(l => (
          <ListItem key={l.ref}>
            <ListItemText
              primary={
                <>
                  <EntityRefLink
                    entityRef={l.ref}
                    title={l.title}
                    // In a line of text a link must not be told by colour alone.
                    underline="always"
                  />
                  : {formatMoney(l.unusedCost)}
                </>
              }
              secondary={`${l.unusedSeats} of ${l.purchased} seats unused (${
                l.source === 'usage'
                  ? `usage of ${l.asOf}`
                  : 'catalogue figures'
              })`}
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}
