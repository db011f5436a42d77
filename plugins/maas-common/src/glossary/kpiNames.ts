import { Entity } from '@backstage/catalog-model';
import { maasActionIds } from '../campaigns/templateRequirements';
import { MAAS_API_VERSION } from '../kinds/common';

/** A KPI an entity names, and where. @public */
export interface NamedKpi {
  kpi: string;
  /** e.g. `spec.kpis[0]`, or `spec.steps[3].input.kpis[1]` in a template. */
  path: string;
}

const EXPRESSION = /\$\{\{/;

function literalKpis(list: unknown, path: string): NamedKpi[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((kpi, i) =>
    // A template expression is filled in at launch: the campaign's own list tells.
    typeof kpi === 'string' && kpi.trim() && !EXPRESSION.test(kpi)
      ? [{ kpi: kpi.trim(), path: `${path}[${i}]` }]
      : [],
  );
}

/**
 * The KPIs a campaign (`spec.kpis`) or a campaign template (the `kpis` input of its
 * `maas:campaign:create` steps) names; none for any other entity.
 *
 * @public
 */
export function kpisNamedBy(entity: Entity): NamedKpi[] {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  if (entity.apiVersion === MAAS_API_VERSION && entity.kind === 'Campaign') {
    return literalKpis(spec.kpis, 'spec.kpis');
  }
  if (
    entity.kind.toLocaleLowerCase('en-US') !== 'template' ||
    spec.type !== 'campaign' ||
    !Array.isArray(spec.steps)
  ) {
    return [];
  }
  return spec.steps.flatMap((step, i) => {
    const { action, input } = (step ?? {}) as {
      action?: unknown;
      input?: { kpis?: unknown };
    };
    return action === maasActionIds.createCampaign
      ? literalKpis(input?.kpis, `spec.steps[${i}].input.kpis`)
      : [];
  });
}
