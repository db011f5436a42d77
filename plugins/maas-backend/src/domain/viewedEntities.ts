import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  glossaryTermReferenceFields,
  isGlossaryTermEntity,
  isProjectedSoftwareEntity,
  resolveReferences,
} from '@maas/plugin-maas-common';
import { refOf } from './platform';

/**
 * The projected entities a platform is built from: all of them but the software entities
 * (components, resources, APIs, systems) no glossary term names as its implementation. The
 * projection keeps every software entity in outline, so a term that comes to name one finds it
 * at once; a platform holds only the few the glossary reads, not the catalogue's whole software.
 */
export function viewedEntities(entities: Entity[]): Entity[] {
  const named = new Set<string>();
  for (const entity of entities) {
    if (!isGlossaryTermEntity(entity)) continue;
    for (const ref of resolveReferences(entity, glossaryTermReferenceFields)) {
      if (ref.field.field === 'implementedBy') {
        named.add(stringifyEntityRef(ref.target));
      }
    }
  }
  return entities.filter(
    e => !isProjectedSoftwareEntity(e) || named.has(refOf(e)),
  );
}
