import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { DateTime } from 'luxon';
import { z } from 'zod';

/** Parses with a zod schema; a failure is a 400 naming each bad field. */
export function parseInput<T extends z.ZodTypeAny>(
  schema: T,
  data: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(issue => {
      const path = issue.path.map(String).join('.') || '(body)';
      return `${path}: ${issue.message}`;
    });
    throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
  }
  return result.data;
}

/** A value quoted in an error message, cut short: the input may be megabytes long. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/**
 * Text of at most `max` characters. PostgreSQL refuses the NUL character in text (SQLite does
 * not), so it is refused for both.
 */
export function text(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(v => !v.includes('\u0000'), 'must not contain the NUL character');
}

/** The days a date may name: what both databases store and every reader turns back into ISO. */
export const dateBounds = { min: '1970-01-01', max: '2100-12-31' } as const;

/** An ISO date (YYYY-MM-DD) that exists on the calendar, from 1970 to 2100. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'must be a date as YYYY-MM-DD',
    abort: true,
  })
  .refine(v => DateTime.fromISO(v, { zone: 'utc' }).isValid, {
    message: 'is not a calendar date',
    abort: true,
  })
  .refine(
    v => v >= dateBounds.min && v <= dateBounds.max,
    `must be between ${dateBounds.min} and ${dateBounds.max}`,
  );

const catalogue = makeValidator();

/** `kind:namespace/name` at its longest (63 characters each): within every string column. */
const MAX_REF_LENGTH = 63 * 3 + 2;

/**
 * An entity reference, short or full, normalised to `kind:namespace/name`. Its kind, namespace
 * and name must be ones the catalogue accepts (its own validators: a namespace is a DNS label of
 * at most 63 characters, and so on), and with `kinds` it must point at one of those kinds.
 */
export function entityRef(defaultKind: string, kinds?: readonly string[]) {
  return z
    .string()
    .max(MAX_REF_LENGTH, {
      message: `must be an entity reference of at most ${MAX_REF_LENGTH} characters`,
      abort: true,
    })
    .transform((value, ctx) => {
      let ref;
      try {
        ref = parseEntityRef(value, {
          defaultKind,
          defaultNamespace: 'default',
        });
      } catch {
        ref = undefined;
      }
      if (
        !ref ||
        !catalogue.isValidKind(ref.kind) ||
        !catalogue.isValidNamespace(ref.namespace) ||
        !catalogue.isValidEntityName(ref.name)
      ) {
        ctx.addIssue({
          code: 'custom',
          message: `must be an entity reference such as "${defaultKind.toLocaleLowerCase(
            'en-US',
          )}:default/name" whose kind, namespace and name the catalogue accepts, got ${quoted(
            value,
          )}`,
        });
        return z.NEVER;
      }
      const kind = ref.kind.toLocaleLowerCase('en-US');
      if (kinds && !kinds.some(k => k.toLocaleLowerCase('en-US') === kind)) {
        ctx.addIssue({
          code: 'custom',
          message: `must refer to a ${kinds.join(' or a ')}, not a ${
            ref.kind
          } (${quoted(value)})`,
        });
        return z.NEVER;
      }
      return stringifyEntityRef(ref);
    });
}

/** The query of a computed view: the day it is read as of, a day to check ahead, the format. */
export const viewQuery = z.object({
  asOf: isoDate.optional(),
  on: isoDate.optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/**
 * A route's `:namespace/:name`, as the catalogue names entities. Checked in lower case, as the
 * catalogue compares them, and returned as given.
 */
const entityPath = z.object({
  namespace: z
    .string()
    .refine(
      v => catalogue.isValidNamespace(v.toLocaleLowerCase('en-US')),
      'must be a namespace the catalogue accepts: lower-case letters, digits and dashes, at most 63 characters',
    ),
  name: z
    .string()
    .refine(
      v => catalogue.isValidEntityName(v.toLocaleLowerCase('en-US')),
      'must be an entity name the catalogue accepts: letters, digits and [-_.] between them, at most 63 characters',
    ),
});

/**
 * A route's `:namespace/:name` as given; a 400 naming the parameter when the catalogue could hold
 * no such entity (which also keeps characters out of queries that a database refuses).
 */
export function pathParams(params: { namespace: string; name: string }): {
  namespace: string;
  name: string;
} {
  return parseInput(entityPath, params, 'path');
}

/**
 * The ref of the entity a route's `:namespace/:name` names, e.g. `vendor:default/braze`; a 400
 * naming the parameter when the catalogue could hold no such entity.
 */
export function refFromPath(
  kind: string,
  params: { namespace: string; name: string },
): string {
  const { namespace, name } = pathParams(params);
  return `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US');
}
