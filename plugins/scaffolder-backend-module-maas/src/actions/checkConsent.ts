import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  audienceProblems,
  audienceReferenceFields,
  CertificationStatus,
  ConsentSource,
  isAudienceEntity,
  isDataProductEntity,
  MaasApi,
  resolveReferences,
  SourceFreshness,
} from '@maas/plugin-maas-common';
import { maasRequestOptions } from '../maasRequestOptions';
import { examples } from './checkConsent.examples';

/** `maas:audience:check-consent`: stops a launch on an audience the campaign may not use. */
export function createCheckConsentAction(deps: {
  catalog: CatalogService;
  maas: MaasApi;
  auth: AuthService;
}) {
  return createTemplateAction({
    id: 'maas:audience:check-consent',
    description:
      'Fails the launch unless the audience carries every consent purpose the template requires (each of its source data products must), is certified (both keys, as maas-backend records them) when the template demands it, and its sources meet their freshness SLA. Early feedback: maas-backend runs the same rules again when the campaign is recorded.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        audience: z =>
          z
            .string()
            .describe(
              'Entity reference of the audience, e.g. audience:repeat-buyers',
            ),
        requiredPurposes: z =>
          z
            .array(z.number().int().min(1).max(11))
            .default([])
            .describe('IAB TCF v2.2 purpose ids the campaign needs'),
        requireCertified: z =>
          z
            .boolean()
            .default(false)
            .describe('Whether only a certified audience may be used'),
        checkFreshness: z =>
          z
            .boolean()
            .default(true)
            .describe("Whether the sources' freshness SLA must be met now"),
      },
      output: {
        audience: z =>
          z.string().describe('The audience, as a full entity reference'),
        estimatedSize: z =>
          z.number().describe('Its estimated size, 0 when unknown'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const ref = stringifyEntityRef(
        parseEntityRef(ctx.input.audience, {
          defaultKind: 'Audience',
          defaultNamespace: 'default',
        }),
      );
      const audience = await deps.catalog.getEntityByRef(ref, { credentials });
      if (!audience || !isAudienceEntity(audience)) {
        throw new InputError(`Audience ${ref} is not in the catalogue`);
      }
      const sourceRefs = resolveReferences(audience, audienceReferenceFields)
        .filter(r => r.field.field === 'sourceDataProducts')
        .map(r => stringifyEntityRef(r.target));
      const { items } = await deps.catalog.getEntitiesByRefs(
        { entityRefs: sourceRefs },
        { credentials },
      );
      const sources: ConsentSource[] = sourceRefs.map((sourceRef, i) => {
        const item = items[i];
        return item && isDataProductEntity(item)
          ? { ref: sourceRef, dataProduct: item }
          : { ref: sourceRef };
      });
      const requireCertified = ctx.input.requireCertified ?? false;
      const checkFreshness = ctx.input.checkFreshness ?? true;
      const options = await maasRequestOptions(deps.auth, credentials);
      let certification: CertificationStatus | undefined;
      if (requireCertified) {
        certification = await deps.maas.getCertification(ref, options);
      }
      let freshness: Map<string, SourceFreshness> | undefined;
      if (checkFreshness) {
        const compliance = await deps.maas.getCompliance(options);
        freshness = new Map(
          compliance.dataProducts.map(p => [
            p.ref,
            {
              currentFreshnessHours: p.currentFreshnessHours,
              targetHours: p.freshness.target,
            },
          ]),
        );
      }
      const problems = audienceProblems({
        sources,
        requirements: {
          requiredPurposes: ctx.input.requiredPurposes ?? [],
          requiresCertifiedAudience: requireCertified,
          checkFreshness,
        },
        certification,
        freshness,
      });
      if (problems.length > 0) {
        throw new InputError(
          `Audience "${
            audience.metadata.title ?? audience.metadata.name
          }" cannot be used for this campaign: ${problems
            .map(p => p.message)
            .join('; ')}`,
        );
      }
      ctx.logger.info(
        `Audience ${ref} carries the consent this campaign needs`,
      );
      ctx.output('audience', ref);
      ctx.output('estimatedSize', audience.spec.estimatedSize ?? 0);
    },
  });
}
