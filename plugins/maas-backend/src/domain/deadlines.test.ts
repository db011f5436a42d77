import { VendorEntity } from '@maas/plugin-maas-common';
import { decisionDeadline } from './deadlines';

const vendor = (contract?: object) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Vendor',
    metadata: { name: 'v' },
    spec: { owner: 'group:procurement', contract },
  } as VendorEntity);

describe('decisionDeadline', () => {
  it('is the term end minus the notice period', () => {
    expect(
      decisionDeadline(
        vendor({ end: '2027-03-31', noticeDays: 90, renewal: 'manual' }),
        '2026-11-22',
      ),
    ).toEqual({
      termEnd: '2027-03-31',
      noticeDays: 90,
      deadline: '2026-12-31',
      daysLeft: 39,
      renewal: 'manual',
    });
  });

  it('counts negative days once the deadline has passed', () => {
    expect(
      decisionDeadline(
        vendor({ end: '2026-12-31', noticeDays: 90 }),
        '2026-11-22',
      )?.daysLeft,
    ).toBe(-51);
  });

  it('has none without a term end', () => {
    expect(
      decisionDeadline(vendor({ noticeDays: 30 }), '2026-11-22'),
    ).toBeUndefined();
    expect(decisionDeadline(vendor(), '2026-11-22')).toBeUndefined();
  });

  it('has none for a term end that is no date', () => {
    expect(
      decisionDeadline(vendor({ end: '2027-02-30' }), '2026-11-22'),
    ).toBeUndefined();
  });

  it('counts whole UTC days across a daylight-saving change and a leap day', () => {
    expect(
      decisionDeadline(
        vendor({ end: '2028-03-31', noticeDays: 60 }),
        '2027-10-20',
      ),
    ).toMatchObject({ deadline: '2028-01-31', daysLeft: 103 });
  });
});
