/** @public */
export type Severity = 'high' | 'medium' | 'low';

/** Who must act on a finding: the marketing owner, the IT owner, or both. @public */
export type Actor = 'marketing' | 'it' | 'both';

/** The audit rules, each documented in the maas-backend README. @public */
export const auditRules = [
  'unknown-owner',
  'unknown-technical-owner',
  'missing-technical-owner',
  'owner-without-members',
  'missing-sla',
  'dangling-reference',
  'consent-gap',
  'retired-tool-in-use',
  'decision-due',
  'data-act-failing',
  'licences-over-used',
  'sla-breach',
  'certification-incomplete',
  'certification-voided',
  'certification-expiring',
  'term-not-co-owned',
  'term-not-implemented',
  'term-collision',
  'kpi-without-term',
] as const;

/** @public */
export type AuditRule = (typeof auditRules)[number];

/** One finding of the ownership audit. @public */
export interface Finding {
  rule: AuditRule;
  severity: Severity;
  entityRef: string;
  kind: string;
  title: string;
  owner?: string;
  technicalOwner?: string;
  mustAct: Actor;
  message: string;
}

/** How an entity is owned: marketing and IT both (different groups), one side, or none. @public */
export type OwnershipStatus =
  | 'co-owned'
  | 'marketing-only'
  | 'it-only'
  | 'same-owner';

/** @public */
export interface EntityOwnership {
  entityRef: string;
  kind: string;
  title: string;
  owner?: string;
  technicalOwner?: string;
  status: OwnershipStatus;
}

/** @public */
export interface MatrixCell {
  /** Entities this group owns on the marketing side (`spec.owner`). */
  marketing: number;
  /** Entities this group owns on the IT side (`spec.technicalOwner`). */
  it: number;
  /** Of those, the entities owned by two different groups. */
  coOwned: number;
}

/** Who owns what: group × kind, marketing side, IT side, co-owned. @public */
export interface OwnershipMatrix {
  kinds: string[];
  rows: Array<{
    group: string;
    title?: string;
    known: boolean;
    cells: Record<string, MatrixCell>;
  }>;
  entities: EntityOwnership[];
}
