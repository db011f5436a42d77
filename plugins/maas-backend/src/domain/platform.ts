import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AudienceEntity,
  CampaignEntity,
  DataProductEntity,
  getMaasKindDefinition,
  GlossaryTermEntity,
  isAudienceEntity,
  isCampaignEntity,
  isDataProductEntity,
  isGlossaryTermEntity,
  isMartechToolEntity,
  isVendorEntity,
  MartechToolEntity,
  resolveReferences,
  ResolvedReference,
  VendorEntity,
} from '@maas/plugin-maas-common';

/** Which references make an entity depend on a tool, and whether they still count. */
const dependencyFields: Record<
  string,
  { fields: string[]; counts(e: Entity): boolean }
> = {
  DataProduct: { fields: ['sourceTools'], counts: () => true },
  Audience: { fields: ['destinations'], counts: () => true },
  MartechTool: {
    fields: ['dependsOn'],
    counts: e => (e as MartechToolEntity).spec.lifecycle !== 'retired',
  },
  Campaign: {
    fields: ['channels'],
    counts: e => ['draft', 'live'].includes((e as CampaignEntity).spec.status),
  },
};

/** A source an audience names, with the data product the catalogue holds there, if any. */
export interface AudienceSource {
  /** The full ref. */
  ref: string;
  /** The ref as the audience writes it. */
  written: string;
  dataProduct?: DataProductEntity;
}

/**
 * The MaaS entities and the organisation, read from the catalogue once per request, with the
 * indexes every view needs. Pure: built from a list of entities.
 */
export interface Platform {
  vendors: VendorEntity[];
  tools: MartechToolEntity[];
  dataProducts: DataProductEntity[];
  audiences: AudienceEntity[];
  campaigns: CampaignEntity[];
  glossaryTerms: GlossaryTermEntity[];
  /** Every entity loaded (MaaS kinds, groups and users), by ref. */
  byRef: Map<string, Entity>;
  /** The references an entity's spec holds, resolved. */
  references(entity: Entity): ResolvedReference[];
  /** An audience's source data products, in the order it lists them. */
  sourcesOf(audience: AudienceEntity): readonly AudienceSource[];
  /** Refs of the entities that still depend on a tool (data products, audiences, tools, campaigns). */
  dependentsOf(toolRef: string): string[];
  /** The ref of a tool's vendor, as the tool declares it. */
  vendorRefOf(tool: MartechToolEntity): string | undefined;
  /** Refs of a vendor's tools. */
  toolsOf(vendorRef: string): MartechToolEntity[];
  /** Members of a group, counting its sub-groups. */
  memberCount(groupRef: string): number;
}

export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity);
}

/**
 * Who belongs to which group: the catalogue's `hasMember` and `parentOf` relations, derived from
 * the specs that create them (a user's `memberOf`, a group's `members`, `parent` and
 * `children`), so a platform built from entities without their relations counts members as the
 * catalogue does.
 */
export interface Organisation {
  /** Refs of a group's direct members. */
  membersOf(groupRef: string): ReadonlySet<string>;
  /** Refs of a group's direct sub-groups. */
  childrenOf(groupRef: string): ReadonlySet<string>;
}

const none: ReadonlySet<string> = new Set();

export function organisationOf(entities: Iterable<Entity>): Organisation {
  const members = new Map<string, Set<string>>();
  const children = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const entity of entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    if (kind !== 'user' && kind !== 'group') continue;
    const self = refOf(entity);
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    // Resolved as the catalogue's built-in processor resolves them.
    const refs = (field: string, defaultKind: string) => {
      const value = spec[field];
      const written = Array.isArray(value) ? value : [value];
      return written.flatMap(v => {
        if (typeof v !== 'string' || !v) return [];
        try {
          return [
            stringifyEntityRef(
              parseEntityRef(v, {
                defaultKind,
                defaultNamespace: entity.metadata.namespace ?? 'default',
              }),
            ),
          ];
        } catch {
          return [];
        }
      });
    };
    if (kind === 'user') {
      for (const group of refs('memberOf', 'Group')) add(members, group, self);
    } else {
      for (const user of refs('members', 'User')) add(members, self, user);
      for (const parent of refs('parent', 'Group')) add(children, parent, self);
      for (const child of refs('children', 'Group')) add(children, self, child);
    }
  }
  return {
    membersOf: ref => members.get(ref) ?? none,
    childrenOf: ref => children.get(ref) ?? none,
  };
}

/**
 * The platform of these entities. `organisation` is who belongs to which group; by default it is
 * derived from the entities themselves, but a caller who may read only some of them passes the
 * whole catalogue's, as the catalogue shows every relation of an entity one may read.
 */
export function buildPlatform(
  entities: Entity[],
  organisation: Organisation = organisationOf(entities),
): Platform {
  const byRef = new Map(entities.map(e => [refOf(e), e]));
  const referenceCache = new Map<Entity, ResolvedReference[]>();
  const references = (entity: Entity) => {
    let refs = referenceCache.get(entity);
    if (!refs) {
      const definition = getMaasKindDefinition(entity);
      refs = definition
        ? resolveReferences(entity, definition.referenceFields)
        : [];
      referenceCache.set(entity, refs);
    }
    return refs;
  };

  const resolveSources = (audience: AudienceEntity): AudienceSource[] =>
    references(audience)
      .filter(r => r.field.field === 'sourceDataProducts')
      .map(r => {
        const ref = stringifyEntityRef(r.target);
        const entity = byRef.get(ref);
        return {
          ref,
          written: r.value,
          ...(entity && isDataProductEntity(entity)
            ? { dataProduct: entity }
            : {}),
        };
      });

  // Kept per audience: the audit, the consent KPI and certification each ask for every audience.
  const sourceCache = new Map<AudienceEntity, readonly AudienceSource[]>();
  const sourcesOf = (audience: AudienceEntity): readonly AudienceSource[] => {
    let sources = sourceCache.get(audience);
    if (!sources) {
      sources = resolveSources(audience);
      sourceCache.set(audience, sources);
    }
    return sources;
  };

  const vendorRefOf = (tool: MartechToolEntity) => {
    const vendor = references(tool).find(r => r.field.field === 'vendor');
    return vendor ? stringifyEntityRef(vendor.target) : undefined;
  };

  const dependents = new Map<string, Set<string>>();
  const toolsByVendor = new Map<string, MartechToolEntity[]>();
  for (const entity of entities) {
    const dependency = dependencyFields[entity.kind];
    if (dependency && dependency.counts(entity)) {
      for (const ref of references(entity)) {
        if (dependency.fields.includes(ref.field.field)) {
          const target = stringifyEntityRef(ref.target);
          if (!dependents.has(target)) dependents.set(target, new Set());
          dependents.get(target)!.add(refOf(entity));
        }
      }
    }
    if (isMartechToolEntity(entity)) {
      const key = vendorRefOf(entity);
      if (key)
        toolsByVendor.set(key, [...(toolsByVendor.get(key) ?? []), entity]);
    }
  }

  const memberCache = new Map<string, number>();
  const memberCount = (groupRef: string, seen = new Set<string>()): number => {
    if (memberCache.has(groupRef)) return memberCache.get(groupRef)!;
    const group = byRef.get(groupRef);
    if (!group || seen.has(groupRef)) return 0;
    seen.add(groupRef);
    const direct = organisation.membersOf(groupRef).size;
    const inChildren = [...organisation.childrenOf(groupRef)].reduce(
      (sum, child) => sum + memberCount(child, seen),
      0,
    );
    memberCache.set(groupRef, direct + inChildren);
    return direct + inChildren;
  };

  return {
    vendors: entities.filter(isVendorEntity),
    tools: entities.filter(isMartechToolEntity),
    dataProducts: entities.filter(isDataProductEntity),
    audiences: entities.filter(isAudienceEntity),
    campaigns: entities.filter(isCampaignEntity),
    glossaryTerms: entities.filter(isGlossaryTermEntity),
    byRef,
    references,
    sourcesOf,
    dependentsOf: toolRef => [...(dependents.get(toolRef) ?? [])].sort(),
    vendorRefOf,
    toolsOf: vendorRef => toolsByVendor.get(vendorRef) ?? [],
    memberCount: groupRef => memberCount(groupRef),
  };
}
