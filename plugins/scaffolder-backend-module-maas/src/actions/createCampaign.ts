import { AuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { MaasApi, NewCampaign } from '@maas/plugin-maas-common';
import { maasRequestOptions } from '../maasRequestOptions';
import { examples } from './createCampaign.examples';

/** `maas:campaign:create`: records the launched campaign; the catalogue then shows it. */
export function createCreateCampaignAction(deps: {
  maas: MaasApi;
  auth: AuthService;
}) {
  return createTemplateAction({
    id: 'maas:campaign:create',
    description:
      "Records the campaign in maas-backend, which brings it into the catalogue as a Campaign entity. The owner defaults to the launching user's first group and the template to the one running. A retried step returns the campaign already recorded for this task.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
            .max(63)
            .describe('Entity name: lower-case words joined by dashes'),
        title: z => z.string().optional().describe('Display name'),
        description: z =>
          z.string().optional().describe('What the campaign is for'),
        owner: z =>
          z
            .string()
            .optional()
            .describe("Owning group; default: the user's first group"),
        template: z =>
          z
            .string()
            .optional()
            .describe('The campaign template; default: the running one'),
        audience: z => z.string().describe('Entity reference of the audience'),
        channels: z =>
          z
            .array(z.string())
            .min(1)
            .describe('Entity references of the channel tools'),
        start: z => z.string().describe('First day, YYYY-MM-DD'),
        end: z => z.string().optional().describe('Last day, YYYY-MM-DD'),
        budget: z => z.number().min(0).optional().describe('Total budget'),
        currency: z =>
          z.string().default('EUR').describe('ISO 4217 currency of the budget'),
        holdoutPct: z =>
          z
            .number()
            .min(0)
            .max(100)
            .optional()
            .describe('Share held out, in %'),
        variants: z =>
          z.array(z.string()).optional().describe('Variant names, e.g. [A, B]'),
        minimumDetectableEffectPct: z =>
          z
            .number()
            .positive()
            .optional()
            .describe('From maas:experiment:check-power'),
        kpis: z =>
          z
            .array(z.string())
            .optional()
            .describe('KPIs the campaign is judged on'),
        status: z =>
          z
            .enum(['draft', 'live'])
            .default('draft')
            .describe('Status to start in'),
      },
      output: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The Campaign entity, e.g. campaign:default/winter-nurture',
            ),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      // Empty form fields arrive as empty strings.
      const owner = input.owner || ctx.user?.entity?.spec?.memberOf?.[0];
      if (!owner) {
        throw new InputError(
          'No owner for the campaign: choose a group, or launch as a user who belongs to one',
        );
      }
      const template = input.template || ctx.templateInfo?.entityRef;
      if (!template) throw new InputError('No campaign template given');
      const body: NewCampaign = {
        name: input.name,
        ...(input.title ? { title: input.title } : {}),
        ...(input.description ? { description: input.description } : {}),
        owner,
        template,
        audience: input.audience,
        channels: input.channels,
        start: input.start,
        ...(input.end ? { end: input.end } : {}),
        ...(input.budget !== undefined
          ? {
              budget: {
                amount: input.budget,
                currency: input.currency ?? 'EUR',
              },
            }
          : {}),
        ...(input.holdoutPct !== undefined ||
        input.variants ||
        input.minimumDetectableEffectPct !== undefined
          ? {
              experiment: {
                ...(input.holdoutPct !== undefined
                  ? { holdoutPct: input.holdoutPct }
                  : {}),
                ...(input.variants ? { variants: input.variants } : {}),
                ...(input.minimumDetectableEffectPct !== undefined
                  ? {
                      minimumDetectableEffectPct:
                        input.minimumDetectableEffectPct,
                    }
                  : {}),
              },
            }
          : {}),
        ...(input.kpis ? { kpis: input.kpis } : {}),
        status: input.status ?? 'draft',
        taskId: ctx.task.id,
      };
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would record campaign ${input.name}`);
        ctx.output('entityRef', `campaign:default/${input.name}`);
        return;
      }
      const credentials = await ctx.getInitiatorCredentials();
      const campaign = await ctx.checkpoint({
        key: `maas-campaign-${ctx.task.id}`,
        fn: async () => {
          const recorded = await deps.maas.createCampaign(
            body,
            await maasRequestOptions(deps.auth, credentials),
          );
          return { namespace: recorded.namespace, name: recorded.name };
        },
      });
      ctx.logger.info(
        `Recorded campaign ${campaign.namespace}/${campaign.name}`,
      );
      ctx.output(
        'entityRef',
        `campaign:${campaign.namespace}/${campaign.name}`,
      );
    },
  });
}
