import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Grid, Typography } from '@material-ui/core';

/** Marketing owner and IT owner side by side, and whether the entity is co-owned. */
export function OwnershipCard() {
  const { entity } = useEntity();
  const spec = (entity.spec ?? {}) as {
    owner?: string;
    technicalOwner?: string;
    sla?: object;
  };
  const coOwned =
    spec.owner && spec.technicalOwner && spec.owner !== spec.technicalOwner;
  return (
    <InfoCard title="Ownership" variant="gridItem">
      <Grid container spacing={2}>
        <Grid item xs={6}>
          <Typography variant="overline">Marketing owner</Typography>
          <Typography>
            {spec.owner ? (
              <EntityRefLink entityRef={spec.owner} defaultKind="group" />
            ) : (
              'None'
            )}
          </Typography>
        </Grid>
        <Grid item xs={6}>
          <Typography variant="overline">IT owner</Typography>
          <Typography>
            {spec.technicalOwner ? (
              <EntityRefLink
                entityRef={spec.technicalOwner}
                defaultKind="group"
              />
            ) : (
              'None: marketing owns it alone'
            )}
          </Typography>
        </Grid>
        <Grid item xs={12}>
          <Typography variant="body2" color="textSecondary">
            {coOwned ? 'Co-owned by marketing and IT' : 'Not co-owned'}
            {/* Campaigns and glossary terms have no SLA. */}
            {!['Campaign', 'GlossaryTerm'].includes(entity.kind) &&
              (spec.sla ? ' · has an SLA' : ' · no SLA')}
          </Typography>
        </Grid>
      </Grid>
    </InfoCard>
  );
}
