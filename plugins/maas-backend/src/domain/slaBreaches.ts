import {
  ComplianceReport,
  Finding,
  isPastFreshnessSla,
} from '@maas/plugin-maas-common';
import { findingSubject } from './findingSubject';
import { Platform } from './platform';

/**
 * The audit's `sla-breach` findings, from the SLA compliance report: data products breaching
 * their SLA (high when the data is stale now, medium when only the shares over the window
 * miss the target) and audiences whose stalest source is past their freshness SLA.
 */
export function slaBreachFindings(
  platform: Platform,
  report: ComplianceReport,
  targetSharePct: number,
): Finding[] {
  const findings: Finding[] = [];
  for (const p of report.dataProducts) {
    const entity = platform.byRef.get(p.ref);
    if (p.status !== 'breaching' || !entity) continue;
    const stale = isPastFreshnessSla(
      p.currentFreshnessHours,
      p.freshness.target,
    );
    const parts = [
      stale
        ? `data is ${p.currentFreshnessHours} h old (SLA ${p.freshness.target} h)`
        : '',
      p.freshness.metPct !== null && p.freshness.metPct < targetSharePct
        ? `freshness met in ${p.freshness.metPct} % of measurements`
        : '',
      p.completeness.metPct !== null && p.completeness.metPct < targetSharePct
        ? `completeness met in ${p.completeness.metPct} % of measurements`
        : '',
    ].filter(Boolean);
    findings.push({
      ...findingSubject(entity),
      rule: 'sla-breach',
      severity: stale ? 'high' : 'medium',
      mustAct: 'it',
      message: `${parts.join('; ')} over ${
        report.window.days
      } days (target ${targetSharePct} %)`,
    });
  }
  for (const a of report.audiences) {
    const entity = platform.byRef.get(a.ref);
    if (a.status !== 'breaching' || !entity) continue;
    findings.push({
      ...findingSubject(entity),
      rule: 'sla-breach',
      severity: 'medium',
      mustAct: 'both',
      message: `its stalest source is ${a.currentFreshnessHours} h old (SLA ${a.freshnessTargetHours} h)`,
    });
  }
  return findings;
}
