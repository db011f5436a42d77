import { DateTime } from 'luxon';
import { buildPlatform } from './platform';
import { dueReminders, offsetReached, ReminderInputs } from './reminders';
import { vendorEntity } from '../__testUtils__/entities';

const offsetsDays = [120, 90, 60, 30, 7];
// Term end 2027-06-30, 90 days' notice: the decision is due by 2027-04-01.
const braze = vendorEntity('braze', {
  contract: { end: '2027-06-30', noticeDays: 90, renewal: 'auto' },
});
const deadline = DateTime.fromISO('2027-04-01', { zone: 'utc' });
const daysBefore = (n: number) => deadline.minus({ days: n }).toISODate()!;

function inputs(
  today: string,
  extra: Partial<ReminderInputs> = {},
): ReminderInputs {
  return {
    platform: buildPlatform([braze]),
    today,
    now: new Date(`${today}T09:00:00Z`),
    settings: { offsetsDays, horizonDays: 120 },
    decidedTerms: new Map(),
    certifications: new Map(),
    ...extra,
  };
}

const keys = (i: ReminderInputs) =>
  dueReminders(i).map(
    r => `${r.kind} ${r.subjectRef} ${r.term} ${r.offsetDays}`,
  );

describe('offsetReached', () => {
  it('is the smallest offset at least as large as the days left', () => {
    expect(offsetReached(130, offsetsDays)).toBeUndefined();
    expect(offsetReached(120, offsetsDays)).toBe(120);
    expect(offsetReached(100, offsetsDays)).toBe(120);
    expect(offsetReached(90, offsetsDays)).toBe(90);
    expect(offsetReached(8, offsetsDays)).toBe(30);
    expect(offsetReached(0, offsetsDays)).toBe(7);
    expect(offsetReached(-1, offsetsDays)).toBeUndefined();
  });
});

describe('decision-deadline reminders', () => {
  it('are due at each offset before the deadline, for the term, to both owners', () => {
    expect(keys(inputs(daysBefore(121)))).toEqual([]);
    const [first] = dueReminders(inputs(daysBefore(120)));
    expect(first).toEqual({
      kind: 'decision-deadline',
      subjectRef: 'vendor:default/braze',
      term: '2027-06-30',
      offsetDays: 120,
      dueOn: '2027-04-01',
      daysLeft: 120,
      recipients: ['group:default/procurement', 'group:default/martech-it'],
      title: 'Decision due in 120 days for BRAZE',
      description:
        "BRAZE's contract term ends on 2027-06-30 with 90 days' notice: record renew, renegotiate or exit by 2027-04-01; without notice the contract renews automatically.",
      severity: 'normal',
    });
    expect(
      [100, 90, 45, 30, 7, 0].map(d => {
        const [r] = dueReminders(inputs(daysBefore(d)));
        return [d, r.offsetDays, r.severity];
      }),
    ).toEqual([
      [100, 120, 'normal'],
      [90, 90, 'normal'],
      [45, 60, 'normal'],
      [30, 30, 'high'],
      [7, 7, 'critical'],
      [0, 7, 'critical'],
    ]);
    expect(dueReminders(inputs(daysBefore(0)))[0].title).toBe(
      'Decision due today for BRAZE',
    );
    expect(keys(inputs(daysBefore(-1)))).toEqual([]);
  });

  it('stop once a decision is recorded for the term, not for an older one', () => {
    const decided = new Map([
      ['vendor:default/braze', new Set(['2027-06-30'])],
    ]);
    for (const d of [120, 90, 30, 7]) {
      expect(keys(inputs(daysBefore(d), { decidedTerms: decided }))).toEqual(
        [],
      );
    }
    const older = new Map([['vendor:default/braze', new Set(['2026-06-30'])]]);
    expect(keys(inputs(daysBefore(90), { decidedTerms: older }))).toEqual([
      'decision-deadline vendor:default/braze 2027-06-30 90',
    ]);
  });
});

describe('Data Act reminders', () => {
  // Capped egress fees pass until 2027-01-11 and fail from 2027-01-12 (art. 29).
  const capped = vendorEntity('hootsuite', {
    contract: { egressFees: 'capped' },
  });
  const platform = buildPlatform([capped]);

  it('are due for a check that will fail within the horizon, at the offsets', () => {
    expect(keys(inputs('2026-09-01', { platform }))).toEqual([]);
    const [reminder] = dueReminders(inputs('2026-11-01', { platform }));
    expect(reminder).toMatchObject({
      kind: 'data-act',
      subjectRef: 'vendor:default/hootsuite',
      term: 'switching-charges@2027-01-12',
      offsetDays: 90,
      dueOn: '2027-01-12',
      daysLeft: 72,
      title:
        'HOOTSUITE fails the EU Data Act\'s "Switching charges, egress included: at cost, then none" in 72 days',
    });
    expect(reminder.description).toBe(
      "From 2027-01-12, art. 29 requires contract.egressFees is none; HOOTSUITE's contract declares egress fees capped.",
    );
  });

  it('wait for the horizon when it is shorter than the offsets', () => {
    const settings = { offsetsDays, horizonDays: 60 };
    expect(keys(inputs('2026-11-01', { platform, settings }))).toEqual([]);
    expect(keys(inputs('2026-11-20', { platform, settings }))).toEqual([
      'data-act vendor:default/hootsuite switching-charges@2027-01-12 60',
    ]);
  });
});

describe('certification reminders', () => {
  const audience = {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Audience',
    metadata: { name: 'repeat-buyers', title: 'Repeat buyers' },
    spec: {
      owner: 'group:crm',
      technicalOwner: 'group:data-platform',
      definition: 'Two orders or more',
      sourceDataProducts: ['dataproduct:crm-customers-consented'],
    },
  };
  const platform = buildPlatform([audience]);
  const certified = (expiresAt: string, state = 'certified') =>
    new Map([
      [
        'audience:default/repeat-buyers',
        {
          audienceRef: 'audience:default/repeat-buyers',
          state,
          certified: state === 'certified',
          requested: true,
          fingerprint: 'f',
          expiresAt,
          keys: {},
          reasons: [],
          history: [],
        } as any,
      ],
    ]);

  it('are due within 30 days of the expiry, once per expiry, to both key groups', () => {
    const [reminder] = dueReminders(
      inputs('2026-12-01', {
        platform,
        certifications: certified('2026-12-21T10:00:00.000Z'),
      }),
    );
    expect(reminder).toMatchObject({
      kind: 'certification-expiry',
      subjectRef: 'audience:default/repeat-buyers',
      term: '2026-12-21T10:00:00.000Z',
      offsetDays: 30,
      dueOn: '2026-12-21',
      daysLeft: 21,
      recipients: ['group:default/crm', 'group:default/data-platform'],
      title: 'Certification of Repeat buyers expires in 21 days',
      severity: 'high',
    });
    expect(
      keys(
        inputs('2026-12-01', {
          platform,
          certifications: certified('2027-01-15T10:00:00.000Z'),
        }),
      ),
    ).toEqual([]);
  });

  it('are not due for a certification that is not granted', () => {
    expect(
      keys(
        inputs('2026-12-01', {
          platform,
          certifications: certified('2026-12-21T10:00:00.000Z', 'incomplete'),
        }),
      ),
    ).toEqual([]);
  });
});
