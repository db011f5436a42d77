import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { consentOnlyPurposes } from '../consent/tcf';
import { Taxonomy } from '../taxonomy/Taxonomy';
import { MaasKind } from './common';
import { fundingProblems } from './funding';
import { ValidationProblem } from './ValidationProblem';

// The rules of DESIGN.md that a JSON schema cannot say. They run after the schema passed, so
// field types are known.

function isRealDate(value: string): boolean {
  return DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

function checkDates(
  spec: Record<string, any>,
  fields: string[],
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const field of fields) {
    const value = field
      .split('.')
      .reduce<any>(
        (v, part) => (v === undefined || v === null ? v : v[part]),
        spec,
      );
    if (typeof value === 'string' && !isRealDate(value)) {
      problems.push({
        path: `spec.${field}`,
        message: `is not a calendar date ("${value}")`,
      });
    }
  }
  return problems;
}

function vendorRules(entity: Entity): ValidationProblem[] {
  return checkDates(entity.spec!, ['contract.end']);
}

function martechToolRules(
  entity: Entity,
  taxonomy: Taxonomy,
): ValidationProblem[] {
  const spec = entity.spec as Record<string, any>;
  const problems = checkDates(spec, ['retiredAt']);
  if (!taxonomy.getCategory(spec.category)) {
    problems.push({
      path: 'spec.category',
      message: `"${
        spec.category
      }" is not a category of the taxonomy; must be one of: ${taxonomy.categories
        .map(c => c.id)
        .join(', ')}`,
    });
  }
  (spec.capabilities as string[]).forEach((id, i) => {
    if (!taxonomy.getCapability(id)) {
      problems.push({
        path: `spec.capabilities[${i}]`,
        message: `"${id}" is not a capability of the taxonomy (maas-common's capabilities and those added in maas.taxonomy)`,
      });
    }
  });
  problems.push(...fundingProblems(spec.funding));
  if (spec.lifecycle === 'retired' && !spec.retiredAt) {
    problems.push({
      path: 'spec.retiredAt',
      message: 'is required when lifecycle is retired',
    });
  }
  return problems;
}

function dataProductRules(entity: Entity): ValidationProblem[] {
  const consent = (entity.spec as Record<string, any>).consent;
  if (consent?.legalBasis !== 'legitimate-interest') return [];
  const consentOnly = ((consent.purposes ?? []) as number[]).filter(p =>
    consentOnlyPurposes.includes(p),
  );
  if (consentOnly.length === 0) return [];
  return [
    {
      path: 'spec.consent.legalBasis',
      message: `legitimate-interest is not a valid basis for TCF purpose${
        consentOnly.length > 1 ? 's' : ''
      } ${consentOnly.join(', ')} (TCF v2.2: purposes 1 and 3-6 need consent)`,
    },
  ];
}

function campaignRules(entity: Entity): ValidationProblem[] {
  const spec = entity.spec as Record<string, any>;
  const problems = checkDates(spec, ['start', 'end']);
  if (problems.length === 0 && spec.end) {
    const start = DateTime.fromISO(spec.start, { zone: 'utc' });
    const end = DateTime.fromISO(spec.end, { zone: 'utc' });
    if (end < start) {
      problems.push({
        path: 'spec.end',
        message: `must not be before spec.start (${spec.start})`,
      });
    }
  }
  return problems;
}

function glossaryTermRules(entity: Entity): ValidationProblem[] {
  const spec = entity.spec as Record<string, any>;
  if (typeof spec.replacedBy !== 'string') return [];
  if (spec.status !== 'deprecated') {
    return [
      {
        path: 'spec.replacedBy',
        message: `is only for a deprecated term (status is ${spec.status})`,
      },
    ];
  }
  const namespace = entity.metadata.namespace ?? 'default';
  let replacement: string;
  try {
    replacement = stringifyEntityRef(
      parseEntityRef(spec.replacedBy, {
        defaultKind: 'GlossaryTerm',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    // Not a reference: the schema reports the value.
    return [];
  }
  const self = stringifyEntityRef({
    kind: 'GlossaryTerm',
    namespace,
    name: entity.metadata.name,
  });
  // Entity references compare without regard to case, as in the catalogue.
  return replacement.toLocaleLowerCase('en-US') ===
    self.toLocaleLowerCase('en-US')
    ? [{ path: 'spec.replacedBy', message: 'must name another term' }]
    : [];
}

/** @internal */
export const crossFieldRules: Record<
  MaasKind,
  (entity: Entity, taxonomy: Taxonomy) => ValidationProblem[]
> = {
  Vendor: vendorRules,
  MartechTool: martechToolRules,
  DataProduct: dataProductRules,
  Audience: () => [],
  Campaign: campaignRules,
  GlossaryTerm: glossaryTermRules,
};
