import { AuthService } from '@backstage/backend-plugin-api';
import { InputError, ResponseError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  launchProblemsOf,
  maasErrorMessage,
  MaasApi,
  NewCampaign,
} from '@maas/plugin-maas-common';
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
      "Records the campaign in maas-backend, which brings it into the catalogue as a Campaign entity. maas-backend runs the launch policy (consent, certification, channels, experiment power) against the catalogue and checks that the launching user belongs to the owner team; a refusal fails the step with every reason. The owner defaults to the launching user's first group and the template to the one running. A retried step returns the campaign already recorded for this task.",
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
        baselineConversionPct: z =>
          z
            .number()
            .gt(0)
            .lt(100)
            .optional()
            .describe(
              'Conversion rate without the campaign, in %, that the power was computed for',
            ),
        kpis: z =>
          z
            .array(z.string())
            .optional()
            .describe('KPIs the campaign is judged on'),
        status: z =>
          z
            .enum(['draft', 'live'])
            .optional()
            .describe(
              "Status to start in; by default the template's (live with maas.dev/go-live: on-launch, else draft)",
            ),
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
        ...experimentOf(input),
        ...(input.kpis ? { kpis: input.kpis } : {}),
        ...(input.status ? { status: input.status } : {}),
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
          try {
            const recorded = await deps.maas.createCampaign(
              body,
              await maasRequestOptions(deps.auth, credentials),
            );
            return { namespace: recorded.namespace, name: recorded.name };
          } catch (error) {
            throw refusal(error);
          }
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

type Experiment = NonNullable<NewCampaign['experiment']>;

/** The experiment fields the step was given, if any. */
function experimentOf(input: {
  holdoutPct?: number;
  variants?: string[];
  minimumDetectableEffectPct?: number;
  baselineConversionPct?: number;
}): { experiment?: Experiment } {
  const experiment: Experiment = {};
  if (input.holdoutPct !== undefined) experiment.holdoutPct = input.holdoutPct;
  if (input.variants) experiment.variants = input.variants;
  if (input.minimumDetectableEffectPct !== undefined) {
    experiment.minimumDetectableEffectPct = input.minimumDetectableEffectPct;
  }
  if (input.baselineConversionPct !== undefined) {
    experiment.baselineConversionPct = input.baselineConversionPct;
  }
  return Object.keys(experiment).length ? { experiment } : {};
}

/**
 * The step's failure for a refusal by maas-backend, in the same words: every reason of the
 * launch policy with its code, or the server's own message (not a member of the owner team,
 * a task bound to another campaign).
 */
function refusal(error: unknown): Error {
  const problems = launchProblemsOf(error);
  if (problems) {
    return new InputError(
      `maas-backend refused the campaign: ${problems
        .map(p => `${p.message} [${p.code}]`)
        .join('; ')}`,
    );
  }
  if (ResponseError.is(error) && error.statusCode < 500) {
    return new InputError(
      `maas-backend refused the campaign: ${maasErrorMessage(error)}`,
    );
  }
  return error as Error;
}
