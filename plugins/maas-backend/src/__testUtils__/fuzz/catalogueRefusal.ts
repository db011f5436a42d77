import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CampaignRecord,
  campaignToEntity,
  describeValidationProblems,
  getMaasKindDefinition,
  resolveReferences,
  validateMaasEntity,
} from '@maas/plugin-maas-common';

// The entity policies Backstage's catalogue applies to every entity it processes.
const policies = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
]);

/** The catalogue keeps relation refs in `varchar(255)` columns on PostgreSQL. */
const MAX_RELATION_REF = 255;

/**
 * Why the catalogue would refuse the Campaign entity made from a stored campaign, or undefined:
 * its entity policies, the MaaS processor's validation, and relation refs it cannot store.
 */
export async function catalogueRefusal(
  record: CampaignRecord,
): Promise<string | undefined> {
  const entity = campaignToEntity(record, 'http://localhost/api/maas');
  try {
    await policies.enforce(entity);
  } catch (error) {
    return `entity policy: ${(error as Error).message}`;
  }
  const problems = validateMaasEntity(entity);
  if (problems.length > 0) {
    return `processor: ${describeValidationProblems(entity, problems)}`;
  }
  const definition = getMaasKindDefinition(entity);
  for (const ref of resolveReferences(
    entity,
    definition?.referenceFields ?? [],
  )) {
    const target = stringifyEntityRef(ref.target);
    if (target.length > MAX_RELATION_REF) {
      return `relation: ${ref.path} refers to ${target.length} characters`;
    }
  }
  return undefined;
}
