import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Actor, Finding, Severity } from '@maas/plugin-maas-common';

export const severities: readonly Severity[] = ['high', 'medium', 'low'];
export const actors: readonly Actor[] = ['marketing', 'it', 'both'];

export const actorTitles: Record<Actor, string> = {
  marketing: 'Marketing',
  it: 'IT',
  both: 'Marketing and IT',
};

/** What the findings table shows, as the page's address says (`?severity=high&team=…`). */
export interface AuditFilter {
  severity?: Severity;
  mustAct?: Actor;
  /** The owning team's full ref, or NO_TEAM. */
  team?: string;
}

/** The team of findings whose entity names no owner. */
export const NO_TEAM = 'none';

const filterKeys = ['severity', 'mustAct', 'team'] as const;

/** The parameters of the address that filter the findings. */
export type FilterKey = (typeof filterKeys)[number];

/**
 * The owning team of a finding, as a full ref: owners are written short in YAML
 * (`group:crm`) and resolve in the default namespace, as the catalogue resolves them.
 */
export function teamOf(finding: Finding): string {
  if (!finding.owner) return NO_TEAM;
  try {
    return stringifyEntityRef(
      parseEntityRef(finding.owner, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    return finding.owner;
  }
}

export function readFilter(params: URLSearchParams): AuditFilter {
  const severity = params.get('severity');
  const mustAct = params.get('mustAct');
  const team = params.get('team');
  return {
    ...(severities.includes(severity as Severity)
      ? { severity: severity as Severity }
      : {}),
    ...(actors.includes(mustAct as Actor) ? { mustAct: mustAct as Actor } : {}),
    ...(team ? { team } : {}),
  };
}

/**
 * The address of the table filtered by one more value, or by one less when that value is the
 * one already chosen (a second click undoes the first); other query parameters stay.
 */
export function filterLink(
  params: URLSearchParams,
  key: FilterKey,
  value: string,
): string {
  const next = new URLSearchParams(params);
  if (next.get(key) === value) next.delete(key);
  else next.set(key, value);
  const query = next.toString();
  return query ? `?${query}` : '?';
}

/** The address without any of the findings filters. */
export function clearLink(params: URLSearchParams): string {
  const next = new URLSearchParams(params);
  for (const key of filterKeys) next.delete(key);
  const query = next.toString();
  return query ? `?${query}` : '?';
}

export function isFiltered(filter: AuditFilter): boolean {
  return Boolean(filter.severity || filter.mustAct || filter.team);
}

export function applyFilter(
  findings: Finding[],
  filter: AuditFilter,
): Finding[] {
  return findings.filter(
    f =>
      (!filter.severity || f.severity === filter.severity) &&
      (!filter.mustAct || f.mustAct === filter.mustAct) &&
      (!filter.team || teamOf(f) === filter.team),
  );
}

/** Findings counted by severity, by who must act, and by owning team (most first). */
export function summarise(findings: Finding[]) {
  const count = <K extends string>(
    keys: readonly K[],
    pick: (f: Finding) => K,
  ) =>
    Object.fromEntries(
      keys.map(k => [k, findings.filter(f => pick(f) === k).length]),
    ) as Record<K, number>;
  const teams = new Map<string, number>();
  for (const f of findings) {
    teams.set(teamOf(f), (teams.get(teamOf(f)) ?? 0) + 1);
  }
  return {
    bySeverity: count(severities, f => f.severity),
    byActor: count(actors, f => f.mustAct),
    byTeam: [...teams.entries()]
      .map(([team, findingCount]) => ({ team, count: findingCount }))
      .sort((a, b) => b.count - a.count || a.team.localeCompare(b.team)),
  };
}
