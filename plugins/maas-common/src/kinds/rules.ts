import { Entity } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { consentOnlyPurposes } from '../consent/tcf';
import { getCapability } from '../taxonomy/capabilities';
import { MaasKind } from './common';
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

function martechToolRules(entity: Entity): ValidationProblem[] {
  const spec = entity.spec as Record<string, any>;
  const problems = checkDates(spec, ['retiredAt']);
  (spec.capabilities as string[]).forEach((id, i) => {
    if (!getCapability(id)) {
      problems.push({
        path: `spec.capabilities[${i}]`,
        message: `"${id}" is not a capability of the taxonomy (see maas-common's capabilities)`,
      });
    }
  });
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

/** @internal */
export const crossFieldRules: Record<
  MaasKind,
  (entity: Entity) => ValidationProblem[]
> = {
  Vendor: vendorRules,
  MartechTool: martechToolRules,
  DataProduct: dataProductRules,
  Audience: () => [],
  Campaign: campaignRules,
};
