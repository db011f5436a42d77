import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Chip, Typography } from '@material-ui/core';
import { measuresIncrementally } from '@maas/plugin-maas-common';

/** A campaign's experiment (holdout, variants, minimum detectable effect) and KPIs. */
export function CampaignCard() {
  const { entity } = useEntity();
  const spec = (entity.spec ?? {}) as {
    status?: string;
    start?: string;
    end?: string;
    experiment?: {
      holdoutPct?: number;
      variants?: string[];
      minimumDetectableEffectPct?: number;
    };
    kpis?: string[];
  };
  const e = spec.experiment ?? {};
  return (
    <InfoCard title="Campaign experiment" variant="gridItem">
      <Typography>
        {spec.status} · {spec.start}
        {spec.end ? ` to ${spec.end}` : ''}
      </Typography>
      <Typography>
        Holdout {e.holdoutPct ?? 0} %
        {e.variants?.length ? ` · variants ${e.variants.join(', ')}` : ''}
        {e.minimumDetectableEffectPct !== undefined
          ? ` · detects a lift of ${e.minimumDetectableEffectPct} % or more`
          : ''}
      </Typography>
      {!measuresIncrementally(e) && (
        <Typography color="error">
          No holdout and no A/B split: its effect cannot be measured.
        </Typography>
      )}
      {(spec.kpis ?? []).map(k => (
        <Chip key={k} size="small" label={k} />
      ))}
    </InfoCard>
  );
}
