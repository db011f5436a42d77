import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Typography } from '@material-ui/core';
import { useCompliance } from '../../hooks/useCompliance';
import { AsyncState } from '../common/AsyncState';

/** The SLA and how well it was met over the compliance window. */
export function SlaCard() {
  const { entity } = useEntity();
  const ref = stringifyEntityRef(entity);
  const sla = (entity.spec as any)?.sla as Record<string, number> | undefined;
  const state = useCompliance();
  return (
    <InfoCard title="SLA" variant="gridItem">
      {!sla ? (
        <Typography>No SLA declared.</Typography>
      ) : (
        <>
          <Typography variant="body2">
            {Object.entries(sla)
              .map(([k, v]) => `${k}: ${v}`)
              .join(' · ')}
          </Typography>
          <AsyncState {...state}>
            {compliance => {
              const product = compliance.dataProducts.find(p => p.ref === ref);
              const audience = compliance.audiences.find(a => a.ref === ref);
              if (product) {
                return (
                  <Typography>
                    Over {compliance.window.days} days: {product.status};
                    freshness met in {product.freshness.metPct ?? '—'} % and
                    completeness in {product.completeness.metPct ?? '—'} % of{' '}
                    {product.measurements} measurements; data now{' '}
                    {product.currentFreshnessHours ?? '—'} h old.
                  </Typography>
                );
              }
              if (audience) {
                return (
                  <Typography>
                    {audience.status}: the stalest source is{' '}
                    {audience.currentFreshnessHours ?? '—'} h old.
                  </Typography>
                );
              }
              return <Typography>No measurements yet.</Typography>;
            }}
          </AsyncState>
        </>
      )}
    </InfoCard>
  );
}
