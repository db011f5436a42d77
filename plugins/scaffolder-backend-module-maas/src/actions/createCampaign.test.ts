import { mockCredentials } from '@backstage/backend-test-utils';
import { auth, context, fakeMaas } from '../__testUtils__/actionFakes';
import { createCreateCampaignAction } from './createCampaign';

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

  it("fails with every reason of maas-backend's refusal, each with its code", async () => {
    const { maas } = fakeMaas({
      'POST /campaigns': Response.json(
        {
          error: {
            name: 'LaunchRefusedError',
            message: 'The campaign is refused: …',
            problems: [
              {
                code: 'audience-not-certified',
                field: 'audience',
                message:
                  'the template requires a certified audience, and this one is not certified',
              },
              {
                code: 'channel-not-active',
                field: 'channels.0',
                message: 'Old ESP is sunsetting, not active',
              },
            ],
          },
          response: { statusCode: 422 },
        },
        { status: 422 },
      ),
    });
    await expect(
      createCreateCampaignAction({ maas, auth }).handler(
        launchedBy('group:default/crm', 'task-2'),
      ),
    ).rejects.toThrow(
      'maas-backend refused the campaign: the template requires a certified audience, and this one is not certified [audience-not-certified]; Old ESP is sunsetting, not active [channel-not-active]',
    );
  });

  it("fails with maas-backend's reason when the user is not in the owner team", async () => {
    const { maas } = fakeMaas({
      'POST /campaigns': Response.json(
        {
          error: {
            name: 'NotAllowedError',
            message:
              'user:default/ines.garcia may not launch a campaign for group:default/brand',
          },
          response: { statusCode: 403 },
        },
        { status: 403 },
      ),
    });
    await expect(
      createCreateCampaignAction({ maas, auth }).handler(
        launchedBy('group:default/brand', 'task-3'),
      ),
    ).rejects.toThrow(
      'maas-backend refused the campaign: user:default/ines.garcia may not launch a campaign for group:default/brand',
    );
  });

  it('sends the baseline conversion the power was computed for', async () => {
    const { maas, posted } = fakeMaas({ 'POST /campaigns': record });
    await createCreateCampaignAction({ maas, auth }).handler(
      context(
        { ...input, baselineConversionPct: 2.5 },
        {
          task: { id: 'task-4' },
          templateInfo: { entityRef: 'template:default/x' },
          user: { entity: { spec: { memberOf: ['group:default/crm'] } } },
        },
      ),
    );
    expect(posted[0]).toMatchObject({
      experiment: {
        holdoutPct: 10,
        minimumDetectableEffectPct: 9.1,
        baselineConversionPct: 2.5,
      },
    });
  });
});
