import { Entity } from '@backstage/catalog-model';
import {
  Finding,
  GlossaryIndex,
  GlossaryTermEntity,
  kpisNamedBy,
} from '@maas/plugin-maas-common';
import { findingSubject } from './findingSubject';
import { ownershipOf } from './ownershipMatrix';
import { Platform } from './platform';

/** A term without two owners: marketing and IT define it together, or it is one side's word. */
function coOwnershipFinding(
  platform: Platform,
  term: GlossaryTermEntity,
): Finding | undefined {
  const { status, owner, technicalOwner } = ownershipOf(platform, term);
  if (!technicalOwner) {
    return {
      ...findingSubject(term),
      rule: 'term-not-co-owned',
      severity: 'medium',
      mustAct: 'it',
      message:
        'no IT owner (spec.technicalOwner): the term is defined by marketing alone',
    };
  }
  if (status !== 'co-owned') {
    return {
      ...findingSubject(term),
      rule: 'term-not-co-owned',
      severity: 'medium',
      mustAct: 'both',
      message: `spec.owner and spec.technicalOwner are both ${owner}: one side defines the term alone`,
    };
  }
  return undefined;
}

const fieldNames: Record<string, string> = {
  'metadata.name': 'name',
  'metadata.title': 'title',
};

/** The entities that name KPIs: campaign templates, and campaigns not cancelled. */
export function kpiNamers(platform: Platform): Entity[] {
  const templates = [...platform.byRef.values()].filter(
    e =>
      e.kind.toLocaleLowerCase('en-US') === 'template' &&
      e.spec?.type === 'campaign',
  );
  return [
    ...templates,
    ...platform.campaigns.filter(c => c.spec.status !== 'cancelled'),
  ];
}

/**
 * The glossary's findings: a term without both owners, an approved term with no implementation,
 * two approved terms answering to the same word, and a KPI a template or a campaign names that no
 * approved term defines.
 */
export function glossaryFindings(platform: Platform): Finding[] {
  const findings: Finding[] = [];
  const index = new GlossaryIndex(platform.glossaryTerms);
  for (const term of platform.glossaryTerms) {
    if (term.spec.status === 'deprecated') continue;
    const owners = coOwnershipFinding(platform, term);
    if (owners) findings.push(owners);
    if (
      term.spec.status === 'approved' &&
      (term.spec.implementedBy ?? []).length === 0
    ) {
      findings.push({
        ...findingSubject(term),
        rule: 'term-not-implemented',
        severity: 'medium',
        mustAct: 'it',
        message:
          'approved, but spec.implementedBy names nothing that computes its number',
      });
    }
  }

  for (const collision of index.collisions()) {
    for (const own of collision.terms) {
      const term = index.term(own.ref)!;
      const others = collision.terms
        .filter(t => t.ref !== own.ref)
        .map(
          t => `${t.ref} (${fieldNames[t.field] ?? 'synonym'} "${t.written}")`,
        );
      findings.push({
        ...findingSubject(term),
        rule: 'term-collision',
        severity: 'high',
        mustAct: 'both',
        message: `its ${fieldNames[own.field] ?? 'synonym'} "${
          own.written
        }" is also the word of ${others.join(
          ', ',
        )}: one word, two approved definitions`,
      });
    }
  }

  for (const entity of kpiNamers(platform)) {
    const namespace = entity.metadata.namespace ?? 'default';
    for (const { kpi, path } of kpisNamedBy(entity)) {
      const { problem } = index.define(kpi, namespace);
      if (problem) {
        findings.push({
          ...findingSubject(entity),
          rule: 'kpi-without-term',
          severity: 'medium',
          mustAct: 'both',
          message: `${path}: ${problem}`,
        });
      }
    }
  }
  return findings;
}
