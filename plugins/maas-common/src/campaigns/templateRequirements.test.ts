import { Entity } from '@backstage/catalog-model';
import { templateRequirements } from './templateRequirements';

const template = (
  annotations: Record<string, string>,
  steps: Array<{
    action: string;
    input: Record<string, string | number | boolean | number[] | string[]>;
  }> = [],
  type = 'campaign',
): Entity => ({
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 't', annotations },
  spec: {
    type,
    parameters: [
      { properties: { holdoutPct: { type: 'number', default: 10 } } },
      {
        properties: {
          baselineConversionPct: { type: 'number', default: 2.5 },
          minimumLiftPct: { type: 'number', default: 12 },
        },
      },
    ],
    steps,
  },
});

const powerStep = {
  action: 'maas:experiment:check-power',
  input: {
    audienceSize: '${{ steps.consent.output.estimatedSize }}',
    variants: 2,
    baselineConversionPct: '${{ parameters.baselineConversionPct }}',
    minimumLiftPct: '${{parameters.minimumLiftPct}}',
  },
};

describe('templateRequirements', () => {
  it('reads the maas.dev annotations', () => {
    expect(
      templateRequirements(
        template({
          'maas.dev/required-purposes': '1, 5,6',
          'maas.dev/requires-certified-audience': 'true',
          'maas.dev/channel-capabilities':
            'email-sending,journey-orchestration',
          'maas.dev/launch-sla': 'P2D',
          'maas.dev/go-live': 'on-launch',
        }),
      ),
    ).toEqual({
      isCampaignTemplate: true,
      requiredPurposes: [1, 5, 6],
      requiresCertifiedAudience: true,
      channelCapabilities: ['email-sending', 'journey-orchestration'],
      checkFreshness: true,
      launchSla: 'P2D',
      goLive: 'on-launch',
      invalid: [],
    });
  });

  it("falls back on the MaaS steps' literal inputs, and reads the experiment step", () => {
    const requirements = templateRequirements(
      template({}, [
        {
          action: 'maas:audience:check-consent',
          input: {
            audience: '${{ parameters.audience }}',
            requiredPurposes: [1, 3],
            requireCertified: true,
            checkFreshness: false,
          },
        },
        {
          action: 'maas:channels:check',
          input: { channels: [], capabilities: ['paid-social'] },
        },
        powerStep,
      ]),
    );
    expect(requirements).toMatchObject({
      requiredPurposes: [1, 3],
      requiresCertifiedAudience: true,
      channelCapabilities: ['paid-social'],
      checkFreshness: false,
      goLive: 'by-owner',
      power: {
        variants: 2,
        minimumLiftPct: { default: 12 },
        baselineConversionPct: { default: 2.5 },
      },
    });
    expect(requirements.power?.minimumLiftPct.fixed).toBeUndefined();
  });

  it('holds a number the experiment step fixes, which no campaign can change', () => {
    const fixed = templateRequirements(
      template({}, [
        { ...powerStep, input: { ...powerStep.input, minimumLiftPct: 5 } },
      ]),
    );
    expect(fixed.power?.minimumLiftPct).toEqual({ fixed: 5, default: 5 });
  });

  it('lets the annotations win over the steps, which only give early feedback', () => {
    const requirements = templateRequirements(
      template({ 'maas.dev/required-purposes': '1,5,6' }, [
        {
          action: 'maas:audience:check-consent',
          input: { requiredPurposes: [1] },
        },
      ]),
    );
    expect(requirements.requiredPurposes).toEqual([1, 5, 6]);
  });

  it('says what it cannot read instead of asking for less', () => {
    const requirements = templateRequirements(
      template({
        'maas.dev/required-purposes': '1,five,12',
        'maas.dev/requires-certified-audience': 'yes',
        'maas.dev/go-live': 'soon',
      }),
    );
    expect(requirements.invalid).toEqual([
      'maas.dev/required-purposes must list TCF purposes 1 to 11, got "1,five,12"',
      'maas.dev/requires-certified-audience must be "true" or "false", got "yes"',
      'maas.dev/go-live must be "on-launch" or "by-owner", got "soon"',
    ]);
    expect(requirements.requiresCertifiedAudience).toBe(true);
    expect(requirements.goLive).toBe('by-owner');
  });

  it('knows a template that is not a campaign template', () => {
    expect(
      templateRequirements(template({}, [], 'service')).isCampaignTemplate,
    ).toBe(false);
  });
});
