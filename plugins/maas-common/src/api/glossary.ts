import { GlossaryTermStatus } from '../kinds/GlossaryTerm';
import { Finding, OwnershipStatus } from './audit';

/** An entity a term links to: its ref, kind and title, and whether the catalogue holds it. @public */
export interface GlossaryLink {
  ref: string;
  kind: string;
  /** The entity's title, or its name; the ref when the catalogue does not hold it. */
  title: string;
  inCatalogue: boolean;
}

/** A template or a campaign naming the term among its KPIs, as it writes it. @public */
export interface GlossaryUse extends GlossaryLink {
  kpi: string;
}

/** One term of the shared glossary, as `GET /api/maas/glossary` answers it. @public */
export interface GlossaryTermView {
  ref: string;
  title: string;
  definition: string;
  formula?: string;
  unit?: string;
  status: GlossaryTermStatus;
  synonyms: string[];
  owner?: string;
  technicalOwner?: string;
  ownership: OwnershipStatus;
  /** Where the number is computed. */
  implementedBy: GlossaryLink[];
  /** The term to use instead, for a deprecated one. */
  replacedBy?: GlossaryLink;
  /** The deprecated terms this one replaces. */
  replaces: GlossaryLink[];
  /** The built-in KPIs computing it, with their value now. */
  kpis: Array<{
    id: string;
    title: string;
    value: number | null;
    unit: string;
  }>;
  /** The campaign templates and campaigns whose KPIs name it. */
  usedBy: GlossaryUse[];
  /** The audit's findings on the term. */
  findings: Finding[];
}
