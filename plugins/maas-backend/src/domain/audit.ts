import {
  Actor,
  AudienceEntity,
  checkDataAct,
  ComplianceReport,
  consentCoverage,
  Finding,
  isAudienceEntity,
  maasKinds,
  Severity,
  VendorEntity,
} from '@maas/plugin-maas-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Entity } from '@backstage/catalog-model';
import { decisionDeadline, toDay } from './deadlines';
import { dependantsActor } from './dependantsActor';
import { findingSubject } from './findingSubject';
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
  if (entity.kind !== 'Campaign' && !retired) {
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
    toDay(deadline.termEnd) >= toDay(asOf) &&
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
  const horizonEnd = toDay(asOf).plus({ days: horizonDays });
  for (const check of checkDataAct(vendor, asOf)) {
    if (check.status === 'fail') {
      findings.push({
        ...base,
        rule: 'data-act-failing',
        severity: 'high',
        mustAct: 'both',
        message: `EU Data Act ${check.article}: ${check.title} fails (${check.detail}; requires ${check.requirement})`,
      });
    } else if (check.failsOn && toDay(check.failsOn.date) <= horizonEnd) {
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
  ];
  for (const entity of maasEntities) {
    findings.push(...ownershipFindings(platform, entity));
    if (isAudienceEntity(entity))
      findings.push(...consentFindings(platform, entity));
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
    const licences = tool.spec.licenses;
    if (
      tool.spec.lifecycle !== 'retired' &&
      licences?.active !== undefined &&
      licences?.purchased !== undefined &&
      licences.active > licences.purchased
    ) {
      findings.push({
        ...findingSubject(tool),
        rule: 'licences-over-used',
        severity: 'low',
        mustAct: 'both',
        message: `${licences.active} licences in use, ${licences.purchased} purchased`,
      });
    }
  }
  for (const vendor of platform.vendors) {
    findings.push(...vendorFindings(inputs, vendor));
  }
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
