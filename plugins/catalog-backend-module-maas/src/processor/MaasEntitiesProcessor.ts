import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  describeValidationProblems,
  getMaasKindDefinition,
  isMaasApiVersion,
  resolveReferences,
  Taxonomy,
  validateMaasEntity,
} from '@maas/plugin-maas-common';

/**
 * Validates the MaaS kinds (`maas.dev/v1alpha1`) against their JSON schemas and rules, and emits
 * the relations their references create, in both directions. Capabilities and categories are
 * checked against `options.taxonomy`: the module passes the one merged with `maas.taxonomy`.
 *
 * @public
 */
export class MaasEntitiesProcessor implements CatalogProcessor {
  private readonly taxonomy: Taxonomy;

  constructor(options: { taxonomy?: Taxonomy } = {}) {
    this.taxonomy = options.taxonomy ?? Taxonomy.builtIn();
  }

  getProcessorName(): string {
    return 'MaasEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isMaasApiVersion(entity)) {
      return false;
    }
    const problems = validateMaasEntity(entity, { taxonomy: this.taxonomy });
    if (problems.length > 0) {
      // The catalogue records this as a processing error on the entity, keeps processing the
      // other entities of the location, and shows the message where it shows processing errors.
      throw new InputError(describeValidationProblems(entity, problems));
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isMaasApiVersion(entity)) {
      return entity;
    }
    const definition = getMaasKindDefinition(entity);
    if (!definition) {
      return entity;
    }
    const self = getCompoundEntityRef(entity);
    for (const ref of resolveReferences(entity, definition.referenceFields)) {
      for (const [forward, reverse] of ref.field.relations) {
        emit(
          processingResult.relation({
            source: self,
            type: forward,
            target: ref.target,
          }),
        );
        emit(
          processingResult.relation({
            source: ref.target,
            type: reverse,
            target: self,
          }),
        );
      }
    }
    return entity;
  }
}
