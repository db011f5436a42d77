import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  getCapability,
  isMartechToolEntity,
  MaasApi,
} from '@maas/plugin-maas-common';
import { maasRequestOptions } from '../maasRequestOptions';
import { examples } from './checkChannels.examples';

/** `maas:channels:check`: campaigns run only on active tools that are not being retired. */
export function createCheckChannelsAction(deps: {
  catalog: CatalogService;
  maas: MaasApi;
  auth: AuthService;
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
      const wanted = ctx.input.capabilities ?? [];
      const problems: string[] = [];
      refs.forEach((ref, i) => {
        const tool = items[i];
        if (!tool || !isMartechToolEntity(tool)) {
          problems.push(`${ref} is not a martech tool in the catalogue`);
          return;
        }
        const name = tool.metadata.title ?? tool.metadata.name;
        if (tool.spec.lifecycle !== 'active') {
          problems.push(`${name} is ${tool.spec.lifecycle}, not active`);
        }
        const plan = plans.items.find(
          p =>
            p.toolRef === ref &&
            (p.state === 'planned' || p.state === 'in-progress'),
        );
        if (plan) {
          problems.push(
            `${name} is being decommissioned (plan ${plan.state}, target ${plan.targetDate})`,
          );
        }
        if (
          wanted.length &&
          !wanted.some(c => tool.spec.capabilities.includes(c))
        ) {
          problems.push(
            `${name} does not serve ${wanted
              .map(c => getCapability(c)?.title ?? c)
              .join(' or ')}`,
          );
        }
      });
      if (problems.length > 0) {
        throw new InputError(
          `These channels cannot run the campaign: ${problems.join('; ')}`,
        );
      }
      ctx.output('channels', refs);
    },
  });
}
