import {
  Actor,
  AudienceCertification,
  AudienceEntity,
  checkDataAct,
  ComplianceReport,
  consentCoverage,
  Finding,
  isAudienceEntity,
  isOverUsed,
  licenceFigures,
  LicenceUsage,
  maasKinds,
  Severity,
  utcDay,
  VendorEntity,
} from '@maas/plugin-maas-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Entity } from '@backstage/catalog-model';
import { certificationFindings } from './certificationFindings';
import { decisionDeadline } from './deadlines';
import { dependantsActor } from './dependantsActor';
import { findingSubject } from './findingSubject';
import { glossaryFindings } from './glossaryFindings';
import { Platform, refOf } from './platform';
import { slaBreachFindings } from './slaBreaches';

export interface AuditInputs {
  platform: Platform;
  asOf: string;
  horizonDays: number;
  /** The term end each vendor's latest decision was recorded for, by vendor ref. */
  decidedTerms: Map<string, Set<string>>;
  /** SLA compliance, when measurements are kept, and the share of them that must meet a term. */
  sla?: { report: ComplianceReport; targetSharePct: number };
  /** Each audience's certification by ref, when maas-backend records them, and the moment read. */
  certifications?: {
    byRef: Map<string, Omit<AudienceCertification, 'canCertify'>>;
    now: Date;
  };
  /** The latest licence usage posted per tool ref, up to `asOf`; it overrides the catalogue's. */
  usage?: Map<string, LicenceUsage>;
}

const severityOrder: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function ownershipFindings(platform: Platform, entity: Entity): Finding[] {
  const findings: Finding[] = [];
  const base = findingSubject(entity);
  const retired =
    entity.kind === 'MartechTool' && entity.spec?.lifecycle === 'retired';
  for (const ref of platform.references(entity)) {
    const target = stringifyEntityRef(ref.target);
    const field = ref.field.field;
    const exists = platform.byRef.has(target);
    if (field === 'owner' || field === 'technicalOwner') {
      const side: Actor = field === 'owner' ? 'marketing' : 'it';
      if (!exists) {
        findings.push({
          ...base,
          rule: field === 'owner' ? 'unknown-owner' : 'unknown-technical-owner',
          severity: 'high',
          mustAct: side,
          message: `${ref.path} names ${ref.value}, which is not in the catalogue`,
        });
      } else if (
        ref.target.kind.toLocaleLowerCase('en-US') === 'group' &&
        platform.memberCount(target) === 0
      ) {
        findings.push({
          ...base,
          rule: 'owner-without-members',
          severity: 'medium',
          mustAct: side,
          message: `${ref.path} is ${ref.value}, a group with no members`,
        });
      }
    } else if (!exists && !retired) {
      findings.push({
        ...base,
        rule: 'dangling-reference',
        severity: 'medium',
        mustAct: 'marketing',
        message: `${ref.path} refers to ${ref.value}, which is not in the catalogue`,
      });
    }
  }
  const spec = (entity.spec ?? {}) as Record<string, any>;
  // Campaigns have no IT side; a glossary term has no SLA, and its owners are a glossary rule.
  if (!['Campaign', 'GlossaryTerm'].includes(entity.kind) && !retired) {
    if (!spec.technicalOwner) {
      findings.push({
        ...base,
        rule: 'missing-technical-owner',
        severity: 'medium',
        mustAct: 'it',
        message: 'no IT owner (spec.technicalOwner): marketing owns it alone',
      });
    }
    if (!spec.sla || Object.keys(spec.sla).length === 0) {
      const mustAct: Record<string, Actor> = {
        Vendor: 'marketing',
        MartechTool: 'it',
        DataProduct: 'it',
        Audience: 'both',
      };
      findings.push({
        ...base,
        rule: 'missing-sla',
        severity: 'medium',
        mustAct: mustAct[entity.kind] ?? 'both',
        message: 'no SLA (spec.sla)',
      });
    }
  }
  return findings;
}

function consentFindings(
  platform: Platform,
  audience: AudienceEntity,
): Finding[] {
  const required = audience.spec.consent?.requiredPurposes ?? [];
  if (required.length === 0) return [];
  const { problems } = consentCoverage({
    requiredPurposes: required,
    sources: platform
      .sourcesOf(audience)
      .map(s => ({ ref: s.written, dataProduct: s.dataProduct })),
  });
  return (
    problems
      // A source missing from the catalogue is reported as a dangling reference.
      .filter(p => p.code === 'consent-purposes-not-carried')
      .map(p => ({
        ...findingSubject(audience),
        rule: 'consent-gap' as const,
        severity: 'high' as const,
        mustAct: 'both' as const,
        message: p.message,
      }))
  );
}

function vendorFindings(inputs: AuditInputs, vendor: VendorEntity): Finding[] {
  const { asOf, horizonDays, decidedTerms } = inputs;
  const findings: Finding[] = [];
  const base = findingSubject(vendor);
  const deadline = decisionDeadline(vendor, asOf);
  const ref = refOf(vendor);
  if (
    deadline &&
    utcDay(deadline.termEnd) >= utcDay(asOf) &&
    deadline.daysLeft <= horizonDays &&
    !decidedTerms.get(ref)?.has(deadline.termEnd)
  ) {
    const when =
      deadline.daysLeft >= 0
        ? `in ${deadline.daysLeft} days (${deadline.deadline})`
        : `${-deadline.daysLeft} days ago (${deadline.deadline})`;
    findings.push({
      ...base,
      rule: 'decision-due',
      severity: deadline.daysLeft <= 30 ? 'high' : 'medium',
      mustAct: 'both',
      message: `decision deadline ${when} for the term ending ${
        deadline.termEnd
      }, and no renew / renegotiate / exit decision recorded${
        deadline.renewal === 'auto' ? '; the contract renews automatically' : ''
      }`,
    });
  }
  const horizonEnd = utcDay(asOf).plus({ days: horizonDays });
  for (const check of checkDataAct(vendor, asOf)) {
    if (check.status === 'fail') {
      findings.push({
        ...base,
        rule: 'data-act-failing',
        severity: 'high',
        mustAct: 'both',
        message: `EU Data Act ${check.article}: ${check.title} fails (${check.detail}; requires ${check.requirement})`,
      });
    } else if (check.failsOn && utcDay(check.failsOn.date) <= horizonEnd) {
      findings.push({
        ...base,
        rule: 'data-act-failing',
        severity: 'medium',
        mustAct: 'both',
        message: `EU Data Act ${check.article}: ${check.title} will fail on ${check.failsOn.date} (${check.failsOn.detail}; requires ${check.failsOn.requirement})`,
      });
    }
  }
  return findings;
}

/**
 * The findings of each entity that depend on the platform alone (ownership, references,
 * consent), kept per platform: a platform is built once per version of the projection and
 * shared, so audits of the same version, whatever the day asked, find them once.
 */
const entityFindings = new WeakMap<Platform, Map<Entity, Finding[]>>();

function findingsOf(platform: Platform, entity: Entity): Finding[] {
  let byEntity = entityFindings.get(platform);
  if (!byEntity) entityFindings.set(platform, (byEntity = new Map()));
  let found = byEntity.get(entity);
  if (!found) {
    found = [
      ...ownershipFindings(platform, entity),
      ...(isAudienceEntity(entity) ? consentFindings(platform, entity) : []),
    ];
    byEntity.set(entity, found);
  }
  return found;
}

/** Every finding on the MaaS entities, most severe first. */
export function computeAudit(inputs: AuditInputs): Finding[] {
  const { platform } = inputs;
  const findings: Finding[] = [];
  const maasEntities: Entity[] = [
    ...platform.vendors,
    ...platform.tools,
    ...platform.dataProducts,
    ...platform.audiences,
    ...platform.campaigns,
    ...platform.glossaryTerms,
  ];
  for (const entity of maasEntities) {
    findings.push(...findingsOf(platform, entity));
    if (isAudienceEntity(entity)) {
      const certification = inputs.certifications?.byRef.get(refOf(entity));
      if (certification) {
        findings.push(
          ...certificationFindings(
            entity,
            certification,
            inputs.certifications!.now,
          ),
        );
      }
    }
  }
  for (const tool of platform.tools) {
    const ref = refOf(tool);
    if (tool.spec.lifecycle === 'retired') {
      const dependents = platform.dependentsOf(ref);
      if (dependents.length > 0) {
        findings.push({
          ...findingSubject(tool),
          rule: 'retired-tool-in-use',
          severity: 'high',
          mustAct: dependantsActor(dependents),
          message: `retired${
            tool.spec.retiredAt ? ` on ${tool.spec.retiredAt}` : ''
          } but still used by ${dependents.join(', ')}`,
        });
      }
    }
    const licences = licenceFigures(tool, inputs.usage?.get(ref));
    if (tool.spec.lifecycle !== 'retired' && isOverUsed(licences)) {
      findings.push({
        ...findingSubject(tool),
        rule: 'licences-over-used',
        severity: 'low',
        mustAct: 'both',
        message: `${licences.active} licences in use, ${
          licences.purchased
        } purchased${
          licences.source === 'usage'
            ? ` (usage reported for ${licences.asOf}${
                licences.reportedBy ? ` by ${licences.reportedBy}` : ''
              })`
            : ''
        }`,
      });
    }
  }
  for (const vendor of platform.vendors) {
    findings.push(...vendorFindings(inputs, vendor));
  }
  findings.push(...glossaryFindings(platform));
  if (inputs.sla) {
    findings.push(
      ...slaBreachFindings(
        platform,
        inputs.sla.report,
        inputs.sla.targetSharePct,
      ),
    );
  }
  const kindOrder = (kind: string) =>
    (maasKinds as readonly string[]).indexOf(kind);
  return findings.sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.entityRef.localeCompare(b.entityRef) ||
      a.rule.localeCompare(b.rule),
  );
}
