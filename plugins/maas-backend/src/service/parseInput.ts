import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
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

/** An ISO date (YYYY-MM-DD) that exists on the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    v => DateTime.fromISO(v, { zone: 'utc' }).isValid,
    'is not a calendar date',
  );

/** An entity reference, short or full, normalised to `kind:namespace/name`. */
export function entityRef(defaultKind: string) {
  return z.string().transform((value, ctx) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      );
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `must be an entity reference, got "${value}"`,
      });
      return z.NEVER;
    }
  });
}

/** The query of a computed view: the day it is read as of, a day to check ahead, the format. */
export const viewQuery = z.object({
  asOf: isoDate.optional(),
  on: isoDate.optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/** The ref of the entity a route's `:namespace/:name` names, e.g. `vendor:default/braze`. */
export function refFromPath(
  kind: string,
  params: { namespace: string; name: string },
): string {
  return `${kind}:${params.namespace}/${params.name}`.toLocaleLowerCase(
    'en-US',
  );
}
