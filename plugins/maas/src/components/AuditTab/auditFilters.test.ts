import { Finding } from '@maas/plugin-maas-common';
import { findings } from '../../__testUtils__/responses';
import {
  applyFilter,
  clearLink,
  filterLink,
  NO_TEAM,
  readFilter,
  summarise,
  teamOf,
} from './auditFilters';

const unowned: Finding = {
  ...findings[1],
  entityRef: 'martechtool:default/orphan',
  owner: undefined,
  severity: 'high',
};

describe('audit filters', () => {
  it('counts findings by severity, by who must act and by team, most first', () => {
    const summary = summarise([...findings, unowned]);
    expect(summary.bySeverity).toEqual({ high: 2, medium: 1, low: 0 });
    expect(summary.byActor).toEqual({ marketing: 0, it: 2, both: 1 });
    expect(summary.byTeam).toEqual([
      { team: 'group:default/brand', count: 1 },
      { team: 'group:default/ecommerce-marketing', count: 1 },
      { team: NO_TEAM, count: 1 },
    ]);
  });

  it('resolves a short owner in the default namespace, as the catalogue does', () => {
    expect(teamOf(findings[0])).toBe('group:default/ecommerce-marketing');
    expect(teamOf({ ...findings[0], owner: 'group:emea/crm' })).toBe(
      'group:emea/crm',
    );
    expect(teamOf(unowned)).toBe(NO_TEAM);
  });

  it('reads the filter from the address, ignoring values it does not know', () => {
    expect(
      readFilter(
        new URLSearchParams('severity=high&mustAct=everyone&team=group:x'),
      ),
    ).toEqual({ severity: 'high', team: 'group:x' });
  });

  it('filters by every chosen value', () => {
    const all = [...findings, unowned];
    expect(applyFilter(all, { severity: 'high' })).toHaveLength(2);
    expect(applyFilter(all, { severity: 'high', mustAct: 'it' })).toEqual([
      unowned,
    ]);
    expect(applyFilter(all, { team: NO_TEAM })).toEqual([unowned]);
    expect(applyFilter(all, {})).toEqual(all);
  });

  it('links add a value, a second click takes it away, and clearing keeps other parameters', () => {
    const params = new URLSearchParams('severity=high&tab=x');
    expect(filterLink(params, 'mustAct', 'it')).toBe(
      '?severity=high&tab=x&mustAct=it',
    );
    expect(filterLink(params, 'severity', 'high')).toBe('?tab=x');
    expect(filterLink(params, 'severity', 'low')).toBe('?severity=low&tab=x');
    expect(clearLink(params)).toBe('?tab=x');
  });
});
