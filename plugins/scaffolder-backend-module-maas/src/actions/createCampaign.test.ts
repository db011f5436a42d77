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
});
