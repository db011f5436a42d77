import { Entity } from '@backstage/catalog-model';
import { maasKinds } from '../kinds/common';
import { glossaryImplementationKinds } from '../kinds/GlossaryTerm';

/**
 * The events service topic on which the catalogue module publishes the processed entities that
 * maas-backend projects into its own database.
 *
 * @public
 */
export const MAAS_ENTITIES_TOPIC = 'maas.entities';

/**
 * The payload of an event on {@link MAAS_ENTITIES_TOPIC}: entities as the catalogue processed
 * them, in the shape {@link projectedEntityOf} gives.
 *
 * @public
 */
export interface ProjectedEntitiesEvent {
  entities: Entity[];
}

/**
 * The Backstage software kinds a glossary term may name as its implementation (components,
 * resources, APIs, systems). maas-backend projects them in outline only (see
 * {@link projectedEntityOf}): the glossary reads which of them exist, their titles and owners,
 * and an edit to anything else of theirs leaves the projection as it is.
 *
 * @public
 */
export const projectedSoftwareKinds: readonly string[] =
  glossaryImplementationKinds.filter(
    k => !(maasKinds as readonly string[]).includes(k),
  );

/**
 * The kinds maas-backend computes its views from: the MaaS kinds, the organisation (groups and
 * users), the templates campaigns are launched from, and the software glossary terms name as
 * their implementation.
 *
 * @public
 */
export const projectedKinds: readonly string[] = [
  ...maasKinds,
  'Group',
  'User',
  'Template',
  ...projectedSoftwareKinds,
];

const lower = (kinds: readonly string[]) =>
  new Set(kinds.map(k => k.toLocaleLowerCase('en-US')));
const projected = lower(projectedKinds);
const software = lower(projectedSoftwareKinds);

/**
 * The catalogue filter that reads every projected entity (one filter per group of kinds, as
 * the views have always read them).
 *
 * @public
 */
export const projectedEntitiesFilter: Array<Record<string, string[]>> = [
  { kind: [...maasKinds] },
  { kind: ['Group', 'User', 'Template'] },
  { kind: [...projectedSoftwareKinds] },
];

/**
 * Whether maas-backend's views read this entity: its kind is projected (kinds compare as the
 * catalogue compares them, without case).
 *
 * @public
 */
export function isProjectedEntity(entity: Entity): boolean {
  return (
    typeof entity.kind === 'string' &&
    projected.has(entity.kind.toLocaleLowerCase('en-US'))
  );
}

/**
 * Whether this entity is of a software kind the projection keeps in outline only
 * ({@link projectedSoftwareKinds}).
 *
 * @public
 */
export function isProjectedSoftwareEntity(entity: Entity): boolean {
  return (
    typeof entity.kind === 'string' &&
    software.has(entity.kind.toLocaleLowerCase('en-US'))
  );
}

/** A software entity as the glossary reads it: what it is, its title, owner and type. */
function outlineOf(entity: Entity): Entity {
  const { name, namespace, title } = entity.metadata;
  const { owner, type } = (entity.spec ?? {}) as Record<string, unknown>;
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: {
      name,
      ...(namespace !== undefined ? { namespace } : {}),
      ...(title !== undefined ? { title } : {}),
    },
    spec: {
      ...(owner !== undefined ? { owner } : {}),
      ...(type !== undefined ? { type } : {}),
    },
  };
}

/** The annotation the catalogue adds to an entity no location emits any more. */
const ORPHAN_ANNOTATION = 'backstage.io/orphan';

/**
 * An entity as the projection keeps it: what its author wrote and the catalogue's processors
 * made of it, without what the catalogue adds when it stitches (relations, status, uid, etag and
 * the orphan mark). The same entity read back from the catalogue, or seen while it is processed,
 * gives the same value, so the projection changes only when the entity does. Views derive what
 * they need of the relations from the specs. A software entity ({@link projectedSoftwareKinds})
 * is kept in outline: its kind, name, namespace, title, owner and type.
 *
 * @public
 */
export function projectedEntityOf(entity: Entity): Entity {
  if (isProjectedSoftwareEntity(entity)) return outlineOf(entity);
  const {
    relations: _relations,
    status: _status,
    ...rest
  } = entity as Entity & {
    status?: unknown;
  };
  const {
    uid: _uid,
    etag: _etag,
    generation: _generation,
    annotations,
    ...metadata
  } = entity.metadata as Entity['metadata'] & { generation?: unknown };
  if (annotations) {
    const { [ORPHAN_ANNOTATION]: _orphan, ...kept } = annotations;
    if (Object.keys(kept).length > 0) {
      (metadata as Entity['metadata']).annotations = kept;
    }
  }
  return { ...rest, metadata } as Entity;
}
