import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import { currencyCodes } from '../money/currencies';
import {
  RELATION_TECHNICAL_OWNED_BY,
  RELATION_TECHNICAL_OWNER_OF,
} from '../relations';

/** The apiVersion of every MaaS kind. @public */
export const MAAS_API_VERSION = 'maas.dev/v1alpha1';

/** The MaaS kinds. @public */
export const maasKinds = [
  'Vendor',
  'MartechTool',
  'DataProduct',
  'Audience',
  'Campaign',
  'GlossaryTerm',
] as const;

/** @public */
export type MaasKind = (typeof maasKinds)[number];

/** An amount of money: ISO 4217 currency code. @public */
export type Money = {
  amount: number;
  currency: string;
};

/**
 * A reference to another entity, full (`group:default/crm`) or short (`group:crm`, or `crm` where
 * the field implies the kind); short references resolve in the referring entity's namespace.
 *
 * @public
 */
export type EntityRefString = string;

/** A date in ISO 8601 form, e.g. `2027-01-31`. @public */
export type IsoDate = string;

/** The base of every MaaS entity. @public */
export interface MaasEntityBase extends Entity {
  apiVersion: typeof MAAS_API_VERSION;
  kind: MaasKind;
}

/**
 * An entity reference held in a spec field, and what it means: the kinds it may point at and
 * the relations (forward, reverse) it creates.
 *
 * @public
 */
export interface ReferenceField {
  /** Path under `spec`, e.g. `vendor` or `contract.owner`. */
  field: string;
  /** Whether the field holds a list of references. */
  many: boolean;
  /** Kind assumed when a reference names none. */
  defaultKind: string;
  /** Kinds the reference may point at. */
  allowedKinds: readonly string[];
  /** Relations created from the entity to the target; each with its reverse. */
  relations: ReadonlyArray<readonly [forward: string, reverse: string]>;
}

/**
 * The JSON schema of one MaaS kind. Declared rather than inferred: an inferred literal union's
 * member order depends on the order TypeScript meets the files, which made the API report differ
 * between a fresh clone and a working tree.
 *
 * @public
 */
export interface MaasKindSchema {
  $schema: string;
  $id: string;
  title: MaasKind;
  description: string;
  type: 'object';
  required: string[];
  properties: {
    apiVersion: { enum: string[] };
    kind: { enum: MaasKind[] };
    metadata: { type: 'object' };
    spec: object;
  };
}

// JSON schema fragments shared by the kind schemas.

const NAME = '[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*';

/** @internal */
export const ENTITY_REF_PATTERN = `^(?:[A-Za-z][A-Za-z0-9]*:)?(?:${NAME}/)?${NAME}$`;
/** @internal */
export const ISO_DATE_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$';

/** What each pattern means, for error messages. @internal */
export const patternDescriptions: Record<string, string> = {
  [ENTITY_REF_PATTERN]: 'an entity reference such as "group:crm"',
  [ISO_DATE_PATTERN]: 'an ISO 8601 date such as "2027-01-31"',
};

/** What each long enum means, by its values joined with commas, for error messages. @internal */
export const enumDescriptions: Record<string, string> = {
  [currencyCodes.join(',')]: 'an ISO 4217 currency code such as "EUR"',
};

/** @internal */
export const schemaParts = {
  ref: (description: string) => ({
    type: 'string',
    pattern: ENTITY_REF_PATTERN,
    description,
  }),
  refList: (description: string) => ({
    type: 'array',
    items: { type: 'string', pattern: ENTITY_REF_PATTERN },
    uniqueItems: true,
    description,
  }),
  date: (description: string) => ({
    type: 'string',
    pattern: ISO_DATE_PATTERN,
    description,
  }),
  percentage: (description: string) => ({
    type: 'number',
    minimum: 0,
    maximum: 100,
    description,
  }),
  count: (description: string) => ({
    type: 'integer',
    minimum: 0,
    description,
  }),
  text: (description: string) => ({
    type: 'string',
    minLength: 1,
    description,
  }),
  stringList: (description: string) => ({
    type: 'array',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
    description,
  }),
  money: (description: string) => ({
    type: 'object',
    description,
    required: ['amount', 'currency'],
    additionalProperties: false,
    properties: {
      amount: { type: 'number', minimum: 0 },
      currency: {
        type: 'string',
        enum: [...currencyCodes],
        description: 'An ISO 4217 code, upper case.',
      },
    },
  }),
  tcfPurposes: (description: string) => ({
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 11 },
    uniqueItems: true,
    description,
  }),
  /** The envelope every MaaS kind shares; `spec` is the kind's own. */
  kind: (
    kind: MaasKind,
    description: string,
    spec: object,
  ): MaasKindSchema => ({
    $schema: 'http://json-schema.org/draft-07/schema',
    $id: `https://maas.dev/schemas/v1alpha1/${kind}.schema.json`,
    title: kind,
    description,
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      apiVersion: { enum: [MAAS_API_VERSION] },
      kind: { enum: [kind] },
      metadata: { type: 'object' },
      spec,
    },
  }),
};

/** The owner fields every kind but Campaign has. @internal */
export const ownershipFields = {
  owner: schemaParts.ref(
    'The marketing-side (business) owner: a group or user.',
  ),
  technicalOwner: schemaParts.ref('The IT-side owner: a group or user.'),
};

/** The reference fields for `owner` and `technicalOwner`. @internal */
export const ownershipReferences: ReferenceField[] = [
  {
    field: 'owner',
    many: false,
    defaultKind: 'Group',
    allowedKinds: ['Group', 'User'],
    relations: [[RELATION_OWNED_BY, RELATION_OWNER_OF]],
  },
  {
    field: 'technicalOwner',
    many: false,
    defaultKind: 'Group',
    allowedKinds: ['Group', 'User'],
    relations: [
      [RELATION_OWNED_BY, RELATION_OWNER_OF],
      [RELATION_TECHNICAL_OWNED_BY, RELATION_TECHNICAL_OWNER_OF],
    ],
  },
];
