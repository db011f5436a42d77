import {
  EntityOwnership,
  MatrixCell,
  OwnershipMatrix,
  OwnershipStatus,
} from '@maas/plugin-maas-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Entity } from '@backstage/catalog-model';
import { maasKinds } from '@maas/plugin-maas-common';
import { Platform, refOf } from './platform';

/** How an entity is owned: its two owners, resolved, and whether they are two groups. */
export function ownershipOf(
  platform: Platform,
  entity: Entity,
): EntityOwnership {
  const refs = platform.references(entity);
  const owner = refs.find(r => r.field.field === 'owner');
  const tech = refs.find(r => r.field.field === 'technicalOwner');
  const ownerRef = owner ? stringifyEntityRef(owner.target) : undefined;
  const techRef = tech ? stringifyEntityRef(tech.target) : undefined;
  let status: OwnershipStatus = 'marketing-only';
  if (ownerRef && techRef)
    status = ownerRef === techRef ? 'same-owner' : 'co-owned';
  else if (techRef) status = 'it-only';
  return {
    entityRef: refOf(entity),
    kind: entity.kind,
    title: entity.metadata.title ?? entity.metadata.name,
    ...(ownerRef ? { owner: ownerRef } : {}),
    ...(techRef ? { technicalOwner: techRef } : {}),
    status,
  };
}

/** Who owns what: group × kind, marketing side, IT side, co-owned. Campaigns have no IT side. */
export function computeOwnershipMatrix(platform: Platform): OwnershipMatrix {
  const entities: Entity[] = [
    ...platform.vendors,
    ...platform.tools,
    ...platform.dataProducts,
    ...platform.audiences,
    ...platform.campaigns,
    ...platform.glossaryTerms,
  ];
  const rows = new Map<string, Record<string, MatrixCell>>();
  const cell = (group: string, kind: string) => {
    if (!rows.has(group)) {
      rows.set(
        group,
        Object.fromEntries(
          maasKinds.map(k => [k, { marketing: 0, it: 0, coOwned: 0 }]),
        ),
      );
    }
    return rows.get(group)![kind];
  };
  const ownership: EntityOwnership[] = [];
  for (const entity of entities) {
    const owned = ownershipOf(platform, entity);
    ownership.push(owned);
    const { owner: ownerRef, technicalOwner: techRef, status } = owned;
    if (ownerRef) {
      const c = cell(ownerRef, entity.kind);
      c.marketing += 1;
      if (status === 'co-owned') c.coOwned += 1;
    }
    if (techRef && techRef !== ownerRef) {
      const c = cell(techRef, entity.kind);
      c.it += 1;
      if (status === 'co-owned') c.coOwned += 1;
    } else if (techRef) {
      cell(techRef, entity.kind).it += 1;
    }
  }
  return {
    kinds: [...maasKinds],
    rows: [...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, cells]) => {
        const known = platform.byRef.get(group);
        return {
          group,
          ...(known?.metadata.title ? { title: known.metadata.title } : {}),
          known: Boolean(known),
          cells,
        };
      }),
    entities: ownership,
  };
}
