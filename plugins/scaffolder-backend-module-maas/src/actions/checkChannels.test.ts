import { auth, catalog, context, fakeMaas } from '../__testUtils__/actionFakes';
import { Taxonomy } from '@maas/plugin-maas-common';
import { createCheckChannelsAction } from './checkChannels';

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

  it('takes an alias of maas.taxonomy for the capability it stands for', async () => {
    const aliased = createCheckChannelsAction({
      catalog,
      maas,
      auth,
      taxonomy: Taxonomy.fromConfig({
        aliases: { capabilities: { 'esp-sending': 'email-sending' } },
      }),
    });
    const ctx = context({ channels: ['braze'], capabilities: ['esp-sending'] });
    await aliased.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('channels', [
      'martechtool:default/braze',
    ]);
    // Without the taxonomy, the alias is a capability no tool serves.
    await expect(
      action.handler(
        context({ channels: ['braze'], capabilities: ['esp-sending'] }),
      ),
    ).rejects.toThrow('Braze does not serve esp-sending');
  });
});
