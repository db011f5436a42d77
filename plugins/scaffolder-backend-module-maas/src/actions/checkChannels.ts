import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { channelProblems, MaasApi, Taxonomy } from '@maas/plugin-maas-common';
import { maasRequestOptions } from '../maasRequestOptions';
import { examples } from './checkChannels.examples';

/**
 * `maas:channels:check`: campaigns run only on active tools that are not being retired. The
 * capabilities are compared through `taxonomy` (the catalogue's merged list, `maas.taxonomy`
 * included), so an alias and its id are one capability, as they are to the launch policy.
 */
export function createCheckChannelsAction(deps: {
  catalog: CatalogService;
  maas: MaasApi;
  auth: AuthService;
  taxonomy?: Taxonomy;
}) {
  return createTemplateAction({
    id: 'maas:channels:check',
    description:
      'Fails the launch unless every channel is an active martech tool, has no open decommissioning plan, and serves one of the capabilities the template needs.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        channels: z =>
          z
            .array(z.string())
            .min(1)
            .describe('Entity references of the channel tools'),
        capabilities: z =>
          z
            .array(z.string())
            .default([])
            .describe('Capabilities a channel must serve (any one of them)'),
      },
      output: {
        channels: z =>
          z
            .array(z.string())
            .describe('The channels, as full entity references'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const refs = ctx.input.channels.map(c =>
        stringifyEntityRef(
          parseEntityRef(c, {
            defaultKind: 'MartechTool',
            defaultNamespace: 'default',
          }),
        ),
      );
      const { items } = await deps.catalog.getEntitiesByRefs(
        { entityRefs: refs },
        { credentials },
      );
      const plans = await deps.maas.getPlans(
        await maasRequestOptions(deps.auth, credentials),
      );
      const problems = channelProblems({
        channels: refs.map((ref, i) => ({
          ref,
          entity: items[i] ?? undefined,
        })),
        plans: plans.items,
        capabilities: ctx.input.capabilities ?? [],
        taxonomy: deps.taxonomy,
      });
      if (problems.length > 0) {
        throw new InputError(
          `These channels cannot run the campaign: ${problems
            .map(p => p.message)
            .join('; ')}`,
        );
      }
      ctx.output('channels', refs);
    },
  });
}
