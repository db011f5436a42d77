import { Entity } from '@backstage/catalog-model';
import { Finding } from '@maas/plugin-maas-common';
import { refOf } from './platform';

/** The part of a finding that says which entity it is about and who owns it. */
export function findingSubject(
  entity: Entity,
): Pick<Finding, 'entityRef' | 'kind' | 'title' | 'owner' | 'technicalOwner'> {
  const owner = entity.spec?.owner;
  const technicalOwner = entity.spec?.technicalOwner;
  return {
    entityRef: refOf(entity),
    kind: entity.kind,
    title: entity.metadata.title ?? entity.metadata.name,
    ...(typeof owner === 'string' ? { owner } : {}),
    ...(typeof technicalOwner === 'string' ? { technicalOwner } : {}),
  };
}
