import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AudienceEntity,
  CampaignEntity,
  DataProductEntity,
  getMaasKindDefinition,
  isAudienceEntity,
  isCampaignEntity,
  isDataProductEntity,
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
  /** Every entity loaded (MaaS kinds, groups and users), by ref. */
  byRef: Map<string, Entity>;
  /** The references an entity's spec holds, resolved. */
  references(entity: Entity): ResolvedReference[];
  /** An audience's source data products, in the order it lists them. */
  sourcesOf(audience: AudienceEntity): AudienceSource[];
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

export function buildPlatform(entities: Entity[]): Platform {
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

  const sourcesOf = (audience: AudienceEntity): AudienceSource[] =>
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
    const relations = group.relations ?? [];
    const direct = relations.filter(r => r.type === RELATION_HAS_MEMBER).length;
    const inChildren = relations
      .filter(r => r.type === RELATION_PARENT_OF)
      .reduce((sum, r) => sum + memberCount(r.targetRef, seen), 0);
    memberCache.set(groupRef, direct + inChildren);
    return direct + inChildren;
  };

  return {
    vendors: entities.filter(isVendorEntity),
    tools: entities.filter(isMartechToolEntity),
    dataProducts: entities.filter(isDataProductEntity),
    audiences: entities.filter(isAudienceEntity),
    campaigns: entities.filter(isCampaignEntity),
    byRef,
    references,
    sourcesOf,
    dependentsOf: toolRef => [...(dependents.get(toolRef) ?? [])].sort(),
    vendorRefOf,
    toolsOf: vendorRef => toolsByVendor.get(vendorRef) ?? [],
    memberCount: groupRef => memberCount(groupRef),
  };
}
