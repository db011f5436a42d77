import { freshnessProblems, isPastFreshnessSla } from './freshness';

describe('freshness', () => {
  it('is past its SLA only when older than the SLA allows', () => {
    expect(isPastFreshnessSla(24.1, 24)).toBe(true);
    expect(isPastFreshnessSla(24, 24)).toBe(false);
    expect(isPastFreshnessSla(null, 24)).toBe(false);
    expect(isPastFreshnessSla(100, null)).toBe(false);
  });

  it('names each source past its SLA, with its age and its SLA', () => {
    expect(
      freshnessProblems([
        {
          ref: 'dataproduct:default/a',
          currentFreshnessHours: 30.5,
          targetHours: 24,
        },
        {
          ref: 'dataproduct:default/b',
          currentFreshnessHours: 2,
          targetHours: 24,
        },
        {
          ref: 'dataproduct:default/c',
          currentFreshnessHours: null,
          targetHours: 24,
        },
      ]),
    ).toEqual([
      {
        code: 'source-freshness-breached',
        sourceRef: 'dataproduct:default/a',
        currentFreshnessHours: 30.5,
        targetHours: 24,
        message:
          'its source dataproduct:default/a breaches its freshness SLA: the data is 30.5 h old, the SLA says 24 h',
      },
    ]);
  });
});
