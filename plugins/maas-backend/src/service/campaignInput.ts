import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  campaignReferenceFields,
  isCurrencyCode,
} from '@maas/plugin-maas-common';
import { z } from 'zod';
import { isoDate } from './parseInput';

/**
 * The body of `POST /api/maas/campaigns`, bounded to what both databases store and what the
 * catalogue accepts, so that nothing recorded is refused later: names and namespaces as the
 * catalogue validates them, strings within the 255 characters of a varchar column, at most 20
 * channels, dates from 1970 to 2100, a finite budget in an ISO 4217 currency, a holdout below
 * 100 %. References are checked for form and kind here (400); whether the catalogue holds them
 * is the launch policy's question (422).
 */

const validators = makeValidator();

/** How many channels, variants and KPIs a campaign may name. */
export const campaignLimits = { channels: 20, variants: 10, kpis: 20 };

const shortText = (max: number) => z.string().trim().min(1).max(max);

const reference = z.string().min(1).max(255);

const referenceField = Object.fromEntries(
  campaignReferenceFields.map(f => [f.field, f]),
);

/** Resolves a reference in the campaign's namespace, of one of the field's kinds. */
function resolve(
  value: string,
  fieldName: string,
  namespace: string,
): { ref: string } | { problem: string } {
  const field = referenceField[fieldName];
  let parsed;
  try {
    parsed = parseEntityRef(value, {
      defaultKind: field.defaultKind,
      defaultNamespace: namespace,
    });
  } catch {
    return { problem: `must be an entity reference, got "${value}"` };
  }
  if (
    !validators.isValidKind(parsed.kind) ||
    !validators.isValidNamespace(parsed.namespace) ||
    !validators.isValidEntityName(parsed.name)
  ) {
    return {
      problem: `"${value}" is not a reference the catalogue accepts (kind:namespace/name, each part within its rules)`,
    };
  }
  const kind = field.allowedKinds.find(
    k =>
      k.toLocaleLowerCase('en-US') === parsed.kind.toLocaleLowerCase('en-US'),
  );
  if (!kind) {
    return {
      problem: `must refer to an entity of kind ${field.allowedKinds.join(
        ' or ',
      )}, got "${value}"`,
    };
  }
  return { ref: stringifyEntityRef({ ...parsed, kind }) };
}

export const newCampaignBody = z
  .object({
    name: z
      .string()
      .max(63)
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be lower-case words joined by dashes',
      )
      .refine(validators.isValidEntityName, 'is not a catalogue entity name'),
    namespace: z
      .string()
      .refine(
        validators.isValidNamespace,
        'must be a catalogue namespace: lower-case letters, digits and dashes, at most 63',
      )
      .default('default'),
    title: shortText(255).optional(),
    description: shortText(2000).optional(),
    owner: reference,
    template: reference,
    audience: reference,
    channels: z.array(reference).min(1).max(campaignLimits.channels),
    start: isoDate,
    end: isoDate.optional(),
    budget: z
      .object({
        amount: z.number().min(0).max(1e12),
        currency: z
          .string()
          .refine(
            isCurrencyCode,
            'must be an ISO 4217 currency code such as EUR',
          ),
      })
      .strict()
      .optional(),
    experiment: z
      .object({
        holdoutPct: z.number().min(0).lt(100).optional(),
        variants: z
          .array(shortText(63))
          .max(campaignLimits.variants)
          .optional(),
        minimumDetectableEffectPct: z.number().positive().max(1000).optional(),
        baselineConversionPct: z.number().gt(0).lt(100).optional(),
      })
      .strict()
      .optional(),
    kpis: z.array(shortText(255)).max(campaignLimits.kpis).optional(),
    status: z.enum(['draft', 'live']).optional(),
    taskId: z.string().min(1).max(255).optional(),
  })
  .strict()
  .transform((body, ctx) => {
    if (body.end !== undefined && body.end < body.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `must not be before the start (${body.start})`,
      });
    }
    const one = (value: string, path: Array<string | number>) => {
      const result = resolve(value, String(path[0]), body.namespace);
      if ('ref' in result) return result.ref;
      ctx.addIssue({ code: 'custom', path, message: result.problem });
      return value;
    };
    return {
      ...body,
      owner: one(body.owner, ['owner']),
      template: one(body.template, ['template']),
      audience: one(body.audience, ['audience']),
      channels: body.channels.map((c, i) => one(c, ['channels', i])),
    };
  });

export type NewCampaignBody = z.infer<typeof newCampaignBody>;
