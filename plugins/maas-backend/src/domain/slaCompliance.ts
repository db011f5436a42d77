import {
  AudienceCompliance,
  AudienceEntity,
  ComplianceStatus,
  DataProductCompliance,
  DataProductEntity,
  isPastFreshnessSla,
} from '@maas/plugin-maas-common';
import { MeasurementAggregate } from './measurement';
import { percent, round1 } from './numbers';
import { Platform, refOf } from './platform';

/**
 * A data product's SLA compliance over a window, from the SQL aggregate of its measurements.
 * `at` is the moment "current freshness" is read at.
 */
export function dataProductCompliance(
  product: DataProductEntity,
  aggregate: MeasurementAggregate | undefined,
  at: Date,
  targetSharePct: number,
): DataProductCompliance {
  const sla = product.spec.sla ?? {};
  const freshnessTarget = sla.freshnessHours ?? null;
  const completenessTarget = sla.completenessPct ?? null;
  const base = {
    ref: refOf(product),
    title: product.metadata.title ?? product.metadata.name,
  };
  if (!aggregate || aggregate.count === 0) {
    return {
      ...base,
      status:
        freshnessTarget === null && completenessTarget === null
          ? 'no-sla'
          : 'no-data',
      measurements: 0,
      freshness: { target: freshnessTarget, metPct: null, assessed: 0 },
      completeness: { target: completenessTarget, metPct: null, assessed: 0 },
      currentFreshnessHours: null,
      lastMeasuredAt: null,
      events: 0,
      incidents: 0,
      incidentsPerMillionEvents: null,
    };
  }
  const hoursSince = Math.max(
    0,
    (at.getTime() - new Date(aggregate.latestAt).getTime()) / 3_600_000,
  );
  const current = round1(aggregate.latestFreshnessHours + hoursSince);
  const freshness = {
    target: freshnessTarget,
    metPct: percent(aggregate.freshnessMet, aggregate.freshnessAssessed),
    assessed: aggregate.freshnessAssessed,
  };
  const completeness = {
    target: completenessTarget,
    metPct: percent(aggregate.completenessMet, aggregate.completenessAssessed),
    assessed: aggregate.completenessAssessed,
  };
  let status: ComplianceStatus = 'meeting';
  if (freshnessTarget === null && completenessTarget === null)
    status = 'no-sla';
  else if (
    (freshness.metPct !== null && freshness.metPct < targetSharePct) ||
    (completeness.metPct !== null && completeness.metPct < targetSharePct) ||
    isPastFreshnessSla(current, freshnessTarget)
  ) {
    status = 'breaching';
  }
  return {
    ...base,
    status,
    measurements: aggregate.count,
    freshness,
    completeness,
    currentFreshnessHours: current,
    lastMeasuredAt: aggregate.latestAt,
    events: aggregate.events,
    incidents: aggregate.incidents,
    incidentsPerMillionEvents:
      aggregate.events > 0
        ? round1((aggregate.incidents * 1_000_000) / aggregate.events)
        : null,
  };
}

/** An audience is as fresh as its stalest source. */
export function audienceCompliance(
  platform: Platform,
  audience: AudienceEntity,
  products: Map<string, DataProductCompliance>,
): AudienceCompliance {
  const target = audience.spec.sla?.freshnessHours ?? null;
  const sources = platform.sourcesOf(audience).map(({ ref }) => ({
    ref,
    currentFreshnessHours: products.get(ref)?.currentFreshnessHours ?? null,
  }));
  const known = sources
    .map(s => s.currentFreshnessHours)
    .filter((h): h is number => h !== null);
  const current = known.length ? Math.max(...known) : null;
  let status: ComplianceStatus = 'no-data';
  if (target === null) status = 'no-sla';
  else if (current !== null)
    status = isPastFreshnessSla(current, target) ? 'breaching' : 'meeting';
  return {
    ref: refOf(audience),
    title: audience.metadata.title ?? audience.metadata.name,
    status,
    freshnessTargetHours: target,
    currentFreshnessHours: current,
    sources,
  };
}
