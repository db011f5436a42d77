import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import { measuresIncrementally } from '@maas/plugin-maas-common';
import { WrappingChip } from '../common/WrappingChip';

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
      <Box display="flex" flexWrap="wrap">
        {(spec.kpis ?? []).map(k => (
          <WrappingChip key={k} label={k} />
        ))}
      </Box>
    </InfoCard>
  );
}
