import {
  CompoundEntityRef,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  Finding,
  GlossaryIndex,
  GlossaryLink,
  GlossaryTermView,
  GlossaryUse,
  kpisNamedBy,
} from '@maas/plugin-maas-common';
import { kpiNamers } from './glossaryFindings';
import { Kpi } from './kpis';
import { ownershipOf } from './ownershipMatrix';
import { Platform, refOf } from './platform';

const key = (ref: string) => ref.toLocaleLowerCase('en-US');

function link(platform: Platform, target: CompoundEntityRef): GlossaryLink {
  const ref = stringifyEntityRef(target);
  const entity = platform.byRef.get(ref);
  return {
    ref,
    kind: entity?.kind ?? target.kind,
    title: entity ? entity.metadata.title ?? entity.metadata.name : ref,
    inCatalogue: Boolean(entity),
  };
}

/**
 * The shared glossary as people read it: each term with its owners, where it is computed, the
 * built-in KPIs computing it, the templates and campaigns naming it, and its findings; by title.
 */
export function computeGlossary(
  platform: Platform,
  kpis: Kpi[],
  findings: Finding[],
): GlossaryTermView[] {
  const index = new GlossaryIndex(platform.glossaryTerms);

  const uses = new Map<string, GlossaryUse[]>();
  for (const entity of kpiNamers(platform)) {
    const namespace = entity.metadata.namespace ?? 'default';
    for (const { kpi } of kpisNamedBy(entity)) {
      for (const term of index.termsFor(kpi, namespace)) {
        const termKey = key(refOf(term));
        const use: GlossaryUse = {
          ...link(platform, {
            kind: entity.kind,
            namespace,
            name: entity.metadata.name,
          }),
          kpi,
        };
        uses.set(termKey, [...(uses.get(termKey) ?? []), use]);
      }
    }
  }

  const replaces = new Map<string, GlossaryLink[]>();
  for (const term of platform.glossaryTerms) {
    const replacement = platform
      .references(term)
      .find(r => r.field.field === 'replacedBy');
    if (replacement) {
      const target = key(stringifyEntityRef(replacement.target));
      const replaced = link(platform, getCompoundEntityRef(term));
      replaces.set(target, [...(replaces.get(target) ?? []), replaced]);
    }
  }

  return platform.glossaryTerms
    .map(term => {
      const ref = refOf(term);
      const { spec } = term;
      const { owner, technicalOwner, status } = ownershipOf(platform, term);
      const references = platform.references(term);
      const replacedBy = references.find(r => r.field.field === 'replacedBy');
      const view: GlossaryTermView = {
        ref,
        title: term.metadata.title ?? term.metadata.name,
        definition: spec.definition,
        ...(spec.formula ? { formula: spec.formula } : {}),
        ...(spec.unit ? { unit: spec.unit } : {}),
        status: spec.status,
        synonyms: spec.synonyms ?? [],
        ...(owner ? { owner } : {}),
        ...(technicalOwner ? { technicalOwner } : {}),
        ownership: status,
        implementedBy: references
          .filter(r => r.field.field === 'implementedBy')
          .map(r => link(platform, r.target)),
        ...(replacedBy
          ? { replacedBy: link(platform, replacedBy.target) }
          : {}),
        replaces: replaces.get(key(ref)) ?? [],
        kpis: kpis
          .filter(k => k.term && key(k.term.ref) === key(ref))
          .map(k => ({
            id: k.id,
            title: k.title,
            value: k.value,
            unit: k.unit,
          })),
        usedBy: uses.get(key(ref)) ?? [],
        findings: findings.filter(f => key(f.entityRef) === key(ref)),
      };
      return view;
    })
    .sort(
      (a, b) => a.title.localeCompare(b.title) || a.ref.localeCompare(b.ref),
    );
}
