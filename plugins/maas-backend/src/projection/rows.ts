import { Entity } from '@backstage/catalog-model';
import { projectedEntityOf } from '@maas/plugin-maas-common';
import { ProjectedRow } from '../database/ProjectionStore';
import { refOf } from '../domain/platform';
import { stableJson } from '../domain/stableJson';

/** An entity, from an event or from the catalogue, as the projection stores it. */
export function rowOf(entity: Entity): ProjectedRow {
  return {
    ref: refOf(entity),
    kind: entity.kind,
    entity: stableJson(projectedEntityOf(entity)),
  };
}
