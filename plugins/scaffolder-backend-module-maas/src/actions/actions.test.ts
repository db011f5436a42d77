import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { MaasApiClient } from '@maas/plugin-maas-common';
import { createCheckChannelsAction } from './checkChannels';
import { createCheckConsentAction } from './checkConsent';
import { createCheckPowerAction } from './checkPower';
import { createCreateCampaignAction } from './createCampaign';

const maasEntity = (
  kind: string,
  name: string,
  spec: object,
  title?: string,
): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: spec as any,
});

const entities = new Map<string, Entity>(
  [
    maasEntity(
      'Audience',
      'repeat-buyers',
      {
        owner: 'group:crm',
        definition: 'x',
        sourceDataProducts: ['dataproduct:crm'],
        certified: true,
        estimatedSize: 412000,
      },
      'Repeat buyers',
    ),
    maasEntity(
      'Audience',
      'cart-abandoners',
      {
        owner: 'group:crm',
        definition: 'x',
        sourceDataProducts: ['dataproduct:web'],
        certified: false,
        estimatedSize: 38000,
      },
      'Web cart abandoners',
    ),
    maasEntity('DataProduct', 'crm', {
      owner: 'g',
      consent: { purposes: [1, 3, 4, 5, 6, 7] },
    }),
    maasEntity('DataProduct', 'web', {
      owner: 'g',
      consent: { purposes: [1, 7, 8] },
    }),
    maasEntity(
      'MartechTool',
      'braze',
      {
        vendor: 'v',
        owner: 'g',
        category: 'engagement',
        capabilities: ['email-sending'],
        lifecycle: 'active',
      },
      'Braze',
    ),
    maasEntity(
      'MartechTool',
      'mailchimp',
      {
        vendor: 'v',
        owner: 'g',
        category: 'engagement',
        capabilities: ['email-sending'],
        lifecycle: 'active',
      },
      'Mailchimp',
    ),
    maasEntity(
      'MartechTool',
      'old-esp',
      {
        vendor: 'v',
        owner: 'g',
        category: 'engagement',
        capabilities: ['email-sending'],
        lifecycle: 'sunsetting',
      },
      'Old ESP',
    ),
    maasEntity(
      'MartechTool',
      'ads',
      {
        vendor: 'v',
        owner: 'g',
        category: 'advertising',
        capabilities: ['paid-social'],
        lifecycle: 'active',
      },
      'Ads',
    ),
  ].map(e => [
    `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`,
    e,
  ]),
);

const catalog = {
  getEntityByRef: async (ref: string) => entities.get(ref),
  getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => ({
    items: entityRefs.map(r => entities.get(r)),
  }),
} as unknown as CatalogService;

/** maas-backend at the edge: canned answers by method and path, what was posted, and as whom. */
function fakeMaas(answers: Record<string, unknown>) {
  const posted: unknown[] = [];
  const authorizations: string[] = [];
  const maas = new MaasApiClient({
    discoveryApi: { getBaseUrl: async () => 'http://maas.test/api/maas' },
    fetchApi: {
      fetch: async (url, init) => {
        const method = init?.method ?? 'GET';
        authorizations.push(
          (init?.headers as Record<string, string>).Authorization,
        );
        const path = new URL(String(url)).pathname.replace(/^\/api\/maas/, '');
        if (method === 'POST') posted.push(JSON.parse(String(init?.body)));
        const key = `${method} ${path}`;
        return key in answers
          ? Response.json(answers[key])
          : new Response(null, { status: 404 });
      },
    },
  });
  return { maas, posted, authorizations };
}

const auth = mockServices.auth();

const freshCompliance = {
  dataProducts: [
    {
      ref: 'dataproduct:default/crm',
      currentFreshnessHours: 6,
      freshness: { target: 24 },
    },
    {
      ref: 'dataproduct:default/web',
      currentFreshnessHours: 1,
      freshness: { target: 2 },
    },
  ],
};

function context(input: object, extra: object = {}) {
  return createMockActionContext({
    input: input as any,
    getInitiatorCredentials: async () =>
      mockCredentials.user('user:default/ines.garcia'),
    ...extra,
  });
}

describe('maas:audience:check-consent', () => {
  const { maas } = fakeMaas({
    'GET /data-products/compliance': freshCompliance,
  });
  const action = createCheckConsentAction({ catalog, maas, auth });

  it('passes an audience whose sources carry the purposes, and outputs its size', async () => {
    const ctx = context({
      audience: 'audience:repeat-buyers',
      requiredPurposes: [1, 5, 6],
      requireCertified: true,
      checkFreshness: true,
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'audience',
      'audience:default/repeat-buyers',
    );
    expect(ctx.output).toHaveBeenCalledWith('estimatedSize', 412000);
  });

  it('fails with the consent message when a source lacks a required purpose', async () => {
    await expect(
      action.handler(
        context({
          audience: 'cart-abandoners',
          requiredPurposes: [1, 5, 6],
          requireCertified: false,
          checkFreshness: true,
        }),
      ),
    ).rejects.toThrow(
      'Audience "Web cart abandoners" cannot be used for this campaign: the template requires TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content), which its source dataproduct:default/web does not carry',
    );
  });

  it('fails an uncertified audience where the template demands one', async () => {
    await expect(
      action.handler(
        context({
          audience: 'cart-abandoners',
          requiredPurposes: [1],
          requireCertified: true,
          checkFreshness: false,
        }),
      ),
    ).rejects.toThrow('the template requires a certified audience');
  });

  it('fails when a source breaches its freshness SLA', async () => {
    const stale = fakeMaas({
      'GET /data-products/compliance': {
        dataProducts: [
          {
            ref: 'dataproduct:default/crm',
            currentFreshnessHours: 40,
            freshness: { target: 24 },
          },
        ],
      },
    });
    await expect(
      createCheckConsentAction({ catalog, maas: stale.maas, auth }).handler(
        context({
          audience: 'repeat-buyers',
          requiredPurposes: [1],
          requireCertified: true,
          checkFreshness: true,
        }),
      ),
    ).rejects.toThrow(
      'its source dataproduct:default/crm breaches its freshness SLA: the data is 40 h old, the SLA says 24 h',
    );
  });

  it('fails for an audience the catalogue does not have', async () => {
    await expect(
      action.handler(context({ audience: 'nobody', requiredPurposes: [] })),
    ).rejects.toThrow(
      'Audience audience:default/nobody is not in the catalogue',
    );
  });
});

describe('maas:channels:check', () => {
  const { maas } = fakeMaas({
    'GET /plans': {
      items: [
        {
          toolRef: 'martechtool:default/mailchimp',
          state: 'in-progress',
          targetDate: '2027-03-31',
        },
      ],
    },
  });
  const action = createCheckChannelsAction({ catalog, maas, auth });

  it('passes active tools of the right capability', async () => {
    const ctx = context({
      channels: ['braze'],
      capabilities: ['email-sending'],
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('channels', [
      'martechtool:default/braze',
    ]);
  });

  it('names each channel that cannot run the campaign, and why', async () => {
    await expect(
      action.handler(
        context({
          channels: ['mailchimp', 'old-esp', 'ads', 'ghost'],
          capabilities: ['email-sending'],
        }),
      ),
    ).rejects.toThrow(
      'These channels cannot run the campaign: Mailchimp is being decommissioned (plan in-progress, target 2027-03-31); Old ESP is sunsetting, not active; Ads does not serve Marketing email sending; martechtool:default/ghost is not a martech tool in the catalogue',
    );
  });
});

describe('maas:experiment:check-power', () => {
  const action = createCheckPowerAction();

  it('outputs the minimum detectable effect when the experiment can detect the lift', async () => {
    const ctx = context({
      audienceSize: 412000,
      holdoutPct: 10,
      variants: 1,
      baselineConversionPct: 2.5,
      minimumLiftPct: 10,
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('minimumDetectableEffectPct', 9.1);
  });

  it('fails an experiment that cannot answer its question, saying what would', async () => {
    await expect(
      action.handler(
        context({
          audienceSize: 85000,
          holdoutPct: 15,
          variants: 1,
          baselineConversionPct: 1.2,
          minimumLiftPct: 15,
        }),
      ),
    ).rejects.toThrow(
      'This experiment cannot detect a 15 % lift: with 85,000 people, a 15 % holdout and 1 variant, the smallest detectable lift is 24.4 %. No holdout up to 50 % is enough: it would need an audience of at least 225,264 people at a 15 % holdout.',
    );
    await expect(
      action.handler(
        context({
          audienceSize: 2000,
          holdoutPct: 10,
          variants: 1,
          baselineConversionPct: 1,
          minimumLiftPct: 5,
        }),
      ),
    ).rejects.toThrow(
      'No holdout up to 50 % is enough: it would need an audience of at least 3,453,507',
    );
    await expect(
      action.handler(
        context({
          audienceSize: 50000,
          holdoutPct: 0,
          variants: 1,
          baselineConversionPct: 2,
          minimumLiftPct: 10,
        }),
      ),
    ).rejects.toThrow(
      'Set a holdout: without a control group nothing can be measured.',
    );
    await expect(
      action.handler(
        context({
          audienceSize: 412000,
          holdoutPct: 5,
          variants: 1,
          baselineConversionPct: 2.5,
          minimumLiftPct: 10,
        }),
      ),
    ).rejects.toThrow(
      /It would need a holdout of \d+ %, or an audience of at least/,
    );
  });
});

describe('maas:campaign:create', () => {
  const record = { namespace: 'default', name: 'winter-nurture' };
  const input = {
    name: 'winter-nurture',
    title: 'Winter nurture',
    owner: '',
    audience: 'audience:default/repeat-buyers',
    channels: ['martechtool:default/braze'],
    start: '2026-12-01',
    end: '2027-01-15',
    budget: 15000,
    currency: 'EUR',
    holdoutPct: 10,
    minimumDetectableEffectPct: 9.1,
    kpis: ['conversion-rate'],
    status: 'draft',
  };
  /** The task of a user in the given group, running the email nurture template. */
  const launchedBy = (group: string, taskId: string) =>
    context(input, {
      task: { id: taskId },
      templateInfo: { entityRef: 'template:default/email-nurture-journey' },
      user: { entity: { spec: { memberOf: [group] } } },
    });

  it("records the campaign with the task id, the user's team and the running template", async () => {
    const { maas, posted } = fakeMaas({ 'POST /campaigns': record });
    const ctx = launchedBy('group:default/crm', 'task-1');
    await createCreateCampaignAction({ maas, auth }).handler(ctx);
    expect(posted).toEqual([
      {
        name: 'winter-nurture',
        title: 'Winter nurture',
        owner: 'group:default/crm',
        template: 'template:default/email-nurture-journey',
        audience: 'audience:default/repeat-buyers',
        channels: ['martechtool:default/braze'],
        start: '2026-12-01',
        end: '2027-01-15',
        budget: { amount: 15000, currency: 'EUR' },
        experiment: { holdoutPct: 10, minimumDetectableEffectPct: 9.1 },
        kpis: ['conversion-rate'],
        status: 'draft',
        taskId: 'task-1',
      },
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'campaign:default/winter-nurture',
    );
  });

  it('records it in maas-backend on behalf of the launching user', async () => {
    const { maas, authorizations } = fakeMaas({ 'POST /campaigns': record });
    const ctx = launchedBy('group:default/crm', 'task-1');
    await createCreateCampaignAction({ maas, auth }).handler(ctx);
    expect(authorizations).toEqual([
      `Bearer ${mockCredentials.service.token({
        onBehalfOf: await ctx.getInitiatorCredentials(),
        targetPluginId: 'maas',
      })}`,
    ]);
  });

  it('records nothing in a dry run', async () => {
    const { maas, posted } = fakeMaas({});
    const ctx = launchedBy('group:default/crm', 'dry');
    ctx.isDryRun = true;
    await createCreateCampaignAction({ maas, auth }).handler(ctx);
    expect(posted).toEqual([]);
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'campaign:default/winter-nurture',
    );
  });

  it('refuses a launch without an owner', async () => {
    const { maas } = fakeMaas({});
    await expect(
      createCreateCampaignAction({ maas, auth }).handler(
        context(input, {
          task: { id: 't' },
          templateInfo: { entityRef: 'template:default/x' },
        }),
      ),
    ).rejects.toThrow('No owner for the campaign');
  });
});
