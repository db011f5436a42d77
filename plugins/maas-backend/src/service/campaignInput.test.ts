import { campaignLimits, newCampaignBody } from './campaignInput';

const valid = {
  name: 'winter-nurture',
  owner: 'group:crm',
  template: 'email-nurture-journey',
  audience: 'repeat-buyers',
  channels: ['braze-engagement'],
  start: '2026-12-01',
  end: '2027-01-15',
  budget: { amount: 15000, currency: 'EUR' },
  experiment: { holdoutPct: 10, baselineConversionPct: 2.5 },
};

/** The paths and messages of what the schema refuses. */
function refused(body: object): string[] {
  const result = newCampaignBody.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map(
    i => `${i.path.map(String).join('.')}: ${i.message}`,
  );
}

describe('the campaign body', () => {
  it("resolves short references in the campaign's namespace, with the field's kind", () => {
    expect(newCampaignBody.parse(valid)).toMatchObject({
      namespace: 'default',
      owner: 'group:default/crm',
      template: 'template:default/email-nurture-journey',
      audience: 'audience:default/repeat-buyers',
      channels: ['martechtool:default/braze-engagement'],
    });
    expect(
      newCampaignBody.parse({ ...valid, namespace: 'emea', owner: 'user:ines' })
        .owner,
    ).toBe('user:emea/ines');
  });

  it('takes only references of the kinds the field allows, in the form the catalogue accepts', () => {
    expect(
      refused({
        ...valid,
        owner: 'component:crm',
        audience: 'group:crm',
        template: 'template:default/Not a name!',
        channels: ['martechtool:default/braze', 'audience:x'],
      }),
    ).toEqual([
      'owner: must refer to an entity of kind Group or User, got "component:crm"',
      'template: "template:default/Not a name!" is not a reference the catalogue accepts (kind:namespace/name, each part within its rules)',
      'audience: must refer to an entity of kind Audience, got "group:crm"',
      'channels.1: must refer to an entity of kind MartechTool, got "audience:x"',
    ]);
    expect(refused({ ...valid, channels: [''] })).toEqual([
      'channels.0: Too small: expected string to have >=1 characters',
    ]);
  });

  it('bounds names, namespaces and texts to what the catalogue and a varchar(255) hold', () => {
    expect(
      refused({
        ...valid,
        name: 'a'.repeat(64),
        namespace: 'Not_A_Namespace',
        title: 't'.repeat(256),
        taskId: 'x'.repeat(256),
        kpis: ['k'.repeat(256)],
      }).map(p => p.split(':')[0]),
    ).toEqual(['name', 'name', 'namespace', 'title', 'kpis.0', 'taskId']);
    expect(refused({ ...valid, namespace: 'n'.repeat(64) })).toHaveLength(1);
  });

  it('bounds how many channels, variants and KPIs a campaign names', () => {
    const many = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
    expect(
      refused({
        ...valid,
        channels: many(campaignLimits.channels + 1, 'tool'),
        experiment: { variants: many(campaignLimits.variants + 1, 'v') },
        kpis: many(campaignLimits.kpis + 1, 'kpi'),
      }).map(p => p.split(':')[0]),
    ).toEqual(['channels', 'experiment.variants', 'kpis']);
    expect(refused({ ...valid, channels: [] })).toHaveLength(1);
  });

  it('takes dates from 1970 to 2100 that exist, the end not before the start', () => {
    expect(refused({ ...valid, start: '1969-12-31' })).toEqual([
      'start: must be between 1970-01-01 and 2100-12-31',
    ]);
    expect(refused({ ...valid, end: '2101-01-01' })).toEqual([
      'end: must be between 1970-01-01 and 2100-12-31',
    ]);
    expect(refused({ ...valid, start: '2027-02-30' })).toEqual([
      'start: is not a calendar date',
    ]);
    expect(refused({ ...valid, end: '2026-11-30' })).toEqual([
      'end: must not be before the start (2026-12-01)',
    ]);
  });

  it('takes a finite, bounded budget in a real currency, and a holdout below 100 %', () => {
    expect(
      refused({
        ...valid,
        budget: { amount: Number.POSITIVE_INFINITY, currency: 'XYZ' },
        experiment: {
          holdoutPct: 100,
          baselineConversionPct: 0,
          minimumDetectableEffectPct: 0,
        },
      }).map(p => p.split(':')[0]),
    ).toEqual([
      'budget.amount',
      'budget.currency',
      'experiment.holdoutPct',
      'experiment.minimumDetectableEffectPct',
      'experiment.baselineConversionPct',
    ]);
    expect(
      refused({ ...valid, budget: { amount: 1e13, currency: 'EUR' } }),
    ).toHaveLength(1);
    expect(
      refused({ ...valid, budget: { amount: 1, currency: 'JPY' } }),
    ).toEqual([]);
  });

  it('refuses fields it does not know', () => {
    expect(refused({ ...valid, createdBy: 'user:default/someone' })).toEqual([
      ': Unrecognized key: "createdBy"',
    ]);
  });
});
