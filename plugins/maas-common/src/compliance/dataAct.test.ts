import type { VendorEntity } from '../kinds/Vendor';
import { checkDataAct } from './dataAct';

function vendor(contract?: object): VendorEntity {
  return {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Vendor',
    metadata: { name: 'v' },
    spec: { owner: 'group:procurement', ...(contract ? { contract } : {}) },
  } as VendorEntity;
}

const compliant = {
  noticeDays: 30,
  egressFees: 'none',
  switching: {
    transitionDays: 30,
    retrievalDays: 30,
    exportableData: ['input-data', 'output-data', 'metadata'],
  },
};

function statuses(contract: object | undefined, date: string) {
  return Object.fromEntries(
    checkDataAct(vendor(contract), date).map(c => [c.ruleId, c.status]),
  );
}

describe('checkDataAct', () => {
  it('passes a compliant contract on every rule', () => {
    expect(statuses(compliant, '2026-11-22')).toEqual({
      'switching-notice': 'pass',
      'transition-period': 'pass',
      'data-retrieval-period': 'pass',
      'exportable-metadata': 'pass',
      'switching-charges': 'pass',
    });
  });

  it('says unknown for every field the contract does not declare', () => {
    expect(new Set(Object.values(statuses(undefined, '2026-11-22')))).toEqual(
      new Set(['unknown']),
    );
  });

  it('does not apply before 2025-09-12', () => {
    expect(
      statuses({ ...compliant, noticeDays: 365 }, '2025-09-11')[
        'switching-notice'
      ],
    ).toBe('not-applicable');
    expect(
      statuses({ ...compliant, noticeDays: 365 }, '2025-09-12')[
        'switching-notice'
      ],
    ).toBe('fail');
  });

  it.each([
    ['switching-notice', { noticeDays: 60 }, { noticeDays: 61 }],
    [
      'transition-period',
      { switching: { transitionDays: 30 } },
      { switching: { transitionDays: 31 } },
    ],
    [
      'data-retrieval-period',
      { switching: { retrievalDays: 30 } },
      { switching: { retrievalDays: 29 } },
    ],
    [
      'exportable-metadata',
      { switching: { exportableData: ['metadata'] } },
      { switching: { exportableData: ['input-data', 'output-data'] } },
    ],
  ])('checks %s on both sides of its limit', (rule, passing, failing) => {
    expect(statuses(passing, '2026-01-01')[rule]).toBe('pass');
    expect(statuses(failing, '2026-01-01')[rule]).toBe('fail');
  });

  it('allows egress at cost until 2027-01-11 and none from 2027-01-12', () => {
    const capped = { egressFees: 'capped' };
    expect(statuses(capped, '2027-01-11')['switching-charges']).toBe('pass');
    expect(statuses(capped, '2027-01-12')['switching-charges']).toBe('fail');
    expect(
      statuses({ egressFees: 'uncapped' }, '2026-01-01')['switching-charges'],
    ).toBe('fail');
    expect(
      statuses({ egressFees: 'none' }, '2030-01-01')['switching-charges'],
    ).toBe('pass');
  });

  it('tells a vendor that is fine today when it will fail', () => {
    const charges = checkDataAct(
      vendor({ egressFees: 'capped' }),
      '2026-11-22',
    ).find(c => c.ruleId === 'switching-charges');
    expect(charges).toMatchObject({
      status: 'pass',
      failsOn: {
        date: '2027-01-12',
        requirement: 'contract.egressFees is none',
      },
    });
    const after = checkDataAct(
      vendor({ egressFees: 'capped' }),
      '2027-02-01',
    ).find(c => c.ruleId === 'switching-charges');
    expect(after?.status).toBe('fail');
    expect(after?.failsOn).toBeUndefined();
  });
});
