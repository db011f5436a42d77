import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { Entity } from '@backstage/catalog-model';
import {
  enumDescriptions,
  MAAS_API_VERSION,
  maasKinds,
  patternDescriptions,
} from './common';
import { getMaasKindDefinition } from './definitions';
import { resolveReferences } from './references';
import { crossFieldRules } from './rules';
import { Taxonomy } from '../taxonomy/Taxonomy';
import { ValidationProblem } from './ValidationProblem';

// The same ajv options as Backstage's catalog model uses for its own kinds.
const ajv = new Ajv({ allowUnionTypes: true, allErrors: true });
const validators = new Map<string, ValidateFunction>();

function validatorFor(kind: string, schema: object): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(kind, validate);
  }
  return validate;
}

/** `/spec/channels/0` becomes `spec.channels[0]`. */
function toFieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part) =>
        /^\d+$/.test(part)
          ? `${path}[${part}]`
          : `${path}${path ? '.' : ''}${part}`,
      '',
    );
}

function join(path: string, child: string): string {
  return path ? `${path}.${child}` : child;
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  null: 'null',
};

function describeAjvError(error: ErrorObject): ValidationProblem {
  const path = toFieldPath(error.instancePath);
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'required':
      return {
        path: join(path, params.missingProperty),
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        path: join(path, params.additionalProperty),
        message: 'is not a field of this kind',
      };
    case 'type': {
      const types: string[] = [params.type].flat().join(',').split(',');
      return {
        path,
        message: `must be ${types.map(t => typeNames[t] ?? t).join(' or ')}`,
      };
    }
    case 'enum': {
      const allowed = params.allowedValues as unknown[];
      const described = enumDescriptions[allowed.join(',')];
      return {
        path,
        message: described
          ? `must be ${described}`
          : `must be one of: ${allowed.join(', ')}`,
      };
    }
    case 'minimum':
      return { path, message: `must be at least ${params.limit}` };
    case 'maximum':
      return { path, message: `must be at most ${params.limit}` };
    case 'exclusiveMinimum':
      return { path, message: `must be more than ${params.limit}` };
    case 'exclusiveMaximum':
      return { path, message: `must be less than ${params.limit}` };
    case 'minItems':
      return {
        path,
        message: `must list at least ${params.limit} item${
          params.limit === 1 ? '' : 's'
        }`,
      };
    case 'uniqueItems':
      return {
        path,
        message: `must not list the same item twice (items ${params.j} and ${params.i})`,
      };
    case 'minLength':
      return { path, message: 'must not be empty' };
    case 'pattern':
      return {
        path,
        message: `must be ${
          patternDescriptions[params.pattern] ??
          `a string matching ${params.pattern}`
        }`,
      };
    default:
      return { path, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** `an Audience`, `a Vendor`. */
function withArticle(kind: string): string {
  // A vowel sound: an Audience, an API; a User.
  return `${/^[aeio]/i.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** Keeps the first problem per field: a wrong type also fails that field's pattern, and so on. */
function firstPerPath(problems: ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems.filter(p => {
    if (seen.has(p.path)) return false;
    seen.add(p.path);
    return true;
  });
}

/**
 * Whether an entity is the MaaS suite's to validate: its apiVersion is `maas.dev/…`. Another
 * plugin's kind of the same name, under its own apiVersion, is left alone.
 *
 * @public
 */
export function isMaasApiVersion(entity: Pick<Entity, 'apiVersion'>): boolean {
  return (
    typeof entity.apiVersion === 'string' &&
    entity.apiVersion.startsWith('maas.dev/')
  );
}

/**
 * Validates a MaaS entity against its kind's JSON schema, DESIGN's cross-field rules and the kinds
 * its references may point at. An empty list means valid. References to entities that do not
 * exist are not problems: the catalogue keeps such relations, and the ownership audit reports them.
 * Capabilities and categories are checked against `options.taxonomy` (the built-in one by
 * default; the catalogue and maas-backend pass the one merged with `maas.taxonomy`).
 *
 * @public
 */
export function validateMaasEntity(
  entity: Entity,
  options: { taxonomy?: Taxonomy } = {},
): ValidationProblem[] {
  if (entity.apiVersion !== MAAS_API_VERSION) {
    return [
      {
        path: 'apiVersion',
        message: `must be ${MAAS_API_VERSION} (the only version of the MaaS kinds)`,
      },
    ];
  }
  const definition = getMaasKindDefinition(entity);
  if (!definition) {
    return [
      {
        path: 'kind',
        message: `must be one of: ${maasKinds.join(', ')}`,
      },
    ];
  }
  const validate = validatorFor(definition.kind, definition.schema);
  if (!validate(entity)) {
    return firstPerPath((validate.errors ?? []).map(describeAjvError));
  }

  const problems: ValidationProblem[] = [
    ...crossFieldRules[definition.kind](
      entity,
      options.taxonomy ?? Taxonomy.builtIn(),
    ),
  ];
  for (const ref of resolveReferences(entity, definition.referenceFields)) {
    const allowed = ref.field.allowedKinds;
    if (
      !allowed.some(
        k =>
          k.toLocaleLowerCase('en-US') ===
          ref.target.kind.toLocaleLowerCase('en-US'),
      )
    ) {
      problems.push({
        path: ref.path,
        message: `must refer to ${
          allowed.length > 2
            ? `one of ${allowed.join(', ')}`
            : allowed.map(withArticle).join(' or ')
        }, not ${withArticle(ref.target.kind)} ("${ref.value}")`,
      });
    }
  }
  return problems;
}

/**
 * One line for people: `MartechTool "braze": spec.licenses.active must be a number`.
 *
 * @public
 */
export function describeValidationProblems(
  entity: Entity,
  problems: ValidationProblem[],
): string {
  const name = entity.metadata?.name ?? '<unnamed>';
  const what = problems.map(p => `${p.path} ${p.message}`).join('; ');
  return `${entity.kind} "${name}": ${what}`;
}
