import { Entity } from '@backstage/catalog-model';
import { DecommissionPlan } from '../api/plans';
import { AudienceEntity } from '../kinds/Audience';
import { DataProductEntity } from '../kinds/DataProduct';
import { MartechToolEntity } from '../kinds/MartechTool';
import { Taxonomy } from '../taxonomy/Taxonomy';
import {
  audienceProblems,
  LaunchFacts,
  launchPolicy,
  powerProblems,
} from './launchPolicy';

const ref = 'dataproduct:default/web-behaviour-events';

const source = (purposes: number[]) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'web-behaviour-events', namespace: 'default' },
    spec: { owner: 'group:x', consent: { purposes } },
  } as DataProductEntity);

const audience = {
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'Audience',
  metadata: { name: 'cart-abandoners-web', title: 'Web cart abandoners' },
  spec: {
    owner: 'group:crm',
    definition: 'x',
    sourceDataProducts: [ref],
    estimatedSize: 400_000,
  },
} as AudienceEntity;

const template: Entity = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: {
    name: 'email-nurture-journey',
    annotations: {
      'maas.dev/required-purposes': '1,5,6',
      'maas.dev/requires-certified-audience': 'true',
      'maas.dev/channel-capabilities': 'email-sending',
    },
  },
  spec: {
    type: 'campaign',
    parameters: [{ properties: { minimumLiftPct: { default: 10 } } }],
    steps: [
      {
        action: 'maas:experiment:check-power',
        input: {
          variants: 1,
          baselineConversionPct: 2.5,
          minimumLiftPct: '${{ parameters.minimumLiftPct }}',
        },
      },
    ],
  },
};

const tool = (name: string, lifecycle: string, capabilities: string[]) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'MartechTool',
    metadata: { name, namespace: 'default', title: name.toUpperCase() },
    spec: { vendor: 'v', owner: 'g', category: 'x', capabilities, lifecycle },
  } as unknown as MartechToolEntity);

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'crm' },
  spec: { type: 'team', children: [] },
};

function facts(overrides: Partial<LaunchFacts> = {}): LaunchFacts {
  return {
    campaign: {
      owner: 'group:default/crm',
      template: 'template:default/email-nurture-journey',
      audience: 'audience:default/cart-abandoners-web',
      channels: ['martechtool:default/esp'],
      experiment: { holdoutPct: 10 },
    },
    owner: group,
    template,
    audience,
    sources: [{ ref, dataProduct: source([1, 5, 6, 7]) }],
    channels: [
      {
        ref: 'martechtool:default/esp',
        entity: tool('esp', 'active', ['email-sending']),
      },
    ],
    plans: [],
    certification: { certified: true },
    ...overrides,
  };
}

describe('launchPolicy', () => {
  it('lets a campaign through that meets every rule', () => {
    expect(launchPolicy(facts())).toEqual([]);
  });

  it('lists every reason, each with its code and the field it concerns', () => {
    const plan: DecommissionPlan = {
      id: 'p',
      toolRef: 'martechtool:default/esp',
      targetDate: '2027-03-31',
      state: 'planned',
      steps: [],
      createdBy: 'user:default/a',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      version: 1,
    };
    const problems = launchPolicy(
      facts({
        owner: undefined,
        sources: [{ ref, dataProduct: source([1, 7]) }],
        certification: {
          certified: false,
          reasons: ['the IT key is missing'],
        },
        campaign: {
          ...facts().campaign,
          channels: ['martechtool:default/esp', 'martechtool:default/old'],
          experiment: { holdoutPct: 1 },
        },
        channels: [
          {
            ref: 'martechtool:default/esp',
            entity: tool('esp', 'active', ['email-sending']),
          },
          {
            ref: 'martechtool:default/old',
            entity: tool('old', 'retired', ['email-sending']),
          },
        ],
        plans: [plan],
      }),
    );
    expect(problems.map(p => [p.code, p.field])).toEqual([
      ['owner-not-found', 'owner'],
      ['audience-not-certified', 'audience'],
      ['consent-purposes-not-carried', 'audience'],
      ['channel-being-decommissioned', 'channels.0'],
      ['channel-not-active', 'channels.1'],
      ['experiment-underpowered', 'experiment'],
    ]);
    expect(problems[1].message).toBe(
      'the template requires a certified audience, and this one is not certified: the IT key is missing',
    );
    expect(problems[2]).toMatchObject({
      sourceRef: ref,
      missingPurposes: [5, 6],
    });
  });

  it('names what the catalogue lacks, and checks what it still can', () => {
    const problems = launchPolicy(
      facts({
        template: undefined,
        audience: undefined,
        channels: [{ ref: 'martechtool:default/esp' }],
      }),
    );
    expect(problems.map(p => [p.code, p.field, p.message])).toEqual([
      [
        'template-not-found',
        'template',
        'the template template:default/email-nurture-journey is not in the catalogue',
      ],
      [
        'audience-not-found',
        'audience',
        'the audience audience:default/cart-abandoners-web is not in the catalogue',
      ],
      [
        'channel-not-found',
        'channels.0',
        'martechtool:default/esp is not a martech tool in the catalogue',
      ],
    ]);
  });

  it("reads a channel's capabilities through the taxonomy it is given, aliases included", () => {
    const aliased = facts({
      channels: [
        {
          ref: 'martechtool:default/esp',
          entity: tool('esp', 'active', ['mail-sending']),
        },
      ],
    });
    expect(launchPolicy(aliased).map(p => p.code)).toEqual([
      'channel-lacks-capability',
    ]);
    const taxonomy = Taxonomy.fromConfig({
      aliases: { capabilities: { 'mail-sending': 'email-sending' } },
    });
    expect(launchPolicy({ ...aliased, taxonomy })).toEqual([]);
  });

  it('refuses a template that is not a campaign template, or that it cannot read', () => {
    const service = {
      ...template,
      metadata: {
        ...template.metadata,
        annotations: { 'maas.dev/required-purposes': 'all' },
      },
      spec: { ...template.spec, type: 'service' },
    };
    expect(launchPolicy(facts({ template: service })).map(p => p.code)).toEqual(
      ['template-not-campaign', 'template-invalid'],
    );
  });
});

describe('audienceProblems', () => {
  const requirements = {
    requiredPurposes: [1, 5, 6],
    requiresCertifiedAudience: true,
    checkFreshness: true,
  };

  it('accepts a certified audience whose sources carry every required purpose', () => {
    expect(
      audienceProblems({
        sources: [{ ref, dataProduct: source([1, 5, 6, 7]) }],
        requirements,
        certification: { certified: true },
      }),
    ).toEqual([]);
  });

  it('names the purposes a source does not carry', () => {
    expect(
      audienceProblems({
        sources: [{ ref, dataProduct: source([1, 7]) }],
        requirements: { ...requirements, requiresCertifiedAudience: false },
      }).map(p => p.message),
    ).toEqual([
      `the template requires TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content), which its source ${ref} does not carry`,
    ]);
  });

  it('refuses an uncertified audience where the template demands one', () => {
    expect(
      audienceProblems({
        sources: [{ ref, dataProduct: source([1]) }],
        requirements: { ...requirements, requiredPurposes: [] },
        certification: { certified: false },
      }).map(p => p.message),
    ).toEqual([
      'the template requires a certified audience, and this one is not certified',
    ]);
  });

  it('refuses a source past its freshness SLA, and one the catalogue lacks', () => {
    const freshness = new Map([
      [ref, { currentFreshnessHours: 30.5, targetHours: 24 }],
    ]);
    const check = (checkFreshness: boolean) =>
      audienceProblems({
        sources: [
          { ref, dataProduct: source([1]) },
          { ref: 'dataproduct:default/gone' },
        ],
        requirements: {
          requiredPurposes: [],
          requiresCertifiedAudience: false,
          checkFreshness,
        },
        freshness,
      }).map(p => p.message);
    expect(check(true)).toEqual([
      `its source ${ref} breaches its freshness SLA: the data is 30.5 h old, the SLA says 24 h`,
      'its source dataproduct:default/gone is not in the catalogue',
    ]);
    expect(check(false)).toEqual([
      'its source dataproduct:default/gone is not in the catalogue',
    ]);
  });
});

describe('powerProblems', () => {
  const power = {
    variants: 1,
    minimumLiftPct: { default: 10 },
    baselineConversionPct: { default: 2.5 },
  };

  it("checks the template's default lift when the campaign states none", () => {
    // 156,000 people, 10 % holdout, 2.5 % baseline: 14.8 % is the smallest detectable lift.
    expect(
      powerProblems({
        audienceSize: 156_000,
        experiment: { holdoutPct: 10 },
        power,
      }).map(p => p.code),
    ).toEqual(['experiment-underpowered']);
    expect(
      powerProblems({
        audienceSize: 156_000,
        experiment: { holdoutPct: 10, minimumDetectableEffectPct: 15 },
        power,
      }),
    ).toEqual([]);
  });

  it('accepts the lift the scaffolder recorded, rounded to one decimal', () => {
    // 412,000 people at a 10 % holdout detect 9.13… %, recorded as 9.1.
    expect(
      powerProblems({
        audienceSize: 412_000,
        experiment: { holdoutPct: 10, minimumDetectableEffectPct: 9.1 },
        power,
      }),
    ).toEqual([]);
    expect(
      powerProblems({
        audienceSize: 412_000,
        experiment: { holdoutPct: 10, minimumDetectableEffectPct: 9 },
        power,
      }).map(p => p.code),
    ).toEqual(['experiment-underpowered']);
  });

  it('holds a lift the template fixes, whatever the campaign states', () => {
    expect(
      powerProblems({
        audienceSize: 156_000,
        experiment: { holdoutPct: 10, minimumDetectableEffectPct: 50 },
        power: { ...power, minimumLiftPct: { fixed: 10, default: 10 } },
      }).map(p => p.code),
    ).toEqual(['experiment-underpowered']);
  });

  it('checks only a stated lift when the template has no experiment step', () => {
    expect(
      powerProblems({ audienceSize: 1000, experiment: { holdoutPct: 0 } }),
    ).toEqual([]);
    expect(
      powerProblems({
        audienceSize: 1000,
        experiment: { holdoutPct: 0, minimumDetectableEffectPct: 10 },
      }).map(p => p.code),
    ).toEqual(['experiment-underpowered']);
  });
});
