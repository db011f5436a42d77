import { Entity } from '@backstage/catalog-model';
import {
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS,
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
} from '../relations';
import {
  EntityRefString,
  MAAS_API_VERSION,
  MaasEntityBase,
  ReferenceField,
  ownershipFields,
  ownershipReferences,
  schemaParts,
} from './common';

/** Where a term stands: proposed, agreed by both owners, or no longer to be used. @public */
export const glossaryTermStatuses = [
  'draft',
  'approved',
  'deprecated',
] as const;

/** @public */
export type GlossaryTermStatus = (typeof glossaryTermStatuses)[number];

/**
 * The kinds a term's `implementedBy` may name: where the number is computed, a data product or a
 * tool of the stack, or a Backstage component, resource, API or system.
 *
 * @public
 */
export const glossaryImplementationKinds = [
  'DataProduct',
  'MartechTool',
  'Component',
  'Resource',
  'API',
  'System',
] as const;

/**
 * A definition of the shared glossary, owned by marketing and IT together: what a word means,
 * how its number is computed, and where.
 *
 * @public
 */
export interface GlossaryTermEntity extends MaasEntityBase {
  kind: 'GlossaryTerm';
  spec: {
    owner: EntityRefString;
    technicalOwner?: EntityRefString;
    definition: string;
    formula?: string;
    unit?: string;
    status: GlossaryTermStatus;
    synonyms?: string[];
    /** Where the number is computed. */
    implementedBy?: EntityRefString[];
    /** The term to use instead; only for a deprecated term. */
    replacedBy?: EntityRefString | null;
  };
}

/** The JSON schema of {@link GlossaryTermEntity}. @public */
export const glossaryTermEntitySchema = schemaParts.kind(
  'GlossaryTerm',
  'A definition of the shared glossary, owned by marketing and IT together.',
  {
    type: 'object',
    required: ['owner', 'definition', 'status'],
    additionalProperties: false,
    properties: {
      ...ownershipFields,
      definition: schemaParts.text('What the term means, in words.'),
      formula: schemaParts.text('How its number is computed.'),
      unit: schemaParts.text('What its number counts, e.g. customers or %.'),
      status: { enum: [...glossaryTermStatuses] },
      synonyms: schemaParts.stringList('Other words people use for it.'),
      implementedBy: schemaParts.refList('Where the number is computed.'),
      replacedBy: {
        ...schemaParts.ref('The term to use instead of a deprecated one.'),
        type: ['string', 'null'],
      },
    },
  },
);

/** @public */
export const glossaryTermReferenceFields: ReferenceField[] = [
  ...ownershipReferences,
  {
    field: 'implementedBy',
    many: true,
    defaultKind: 'DataProduct',
    allowedKinds: glossaryImplementationKinds,
    relations: [[RELATION_IMPLEMENTED_BY, RELATION_IMPLEMENTS]],
  },
  {
    field: 'replacedBy',
    many: false,
    defaultKind: 'GlossaryTerm',
    allowedKinds: ['GlossaryTerm'],
    relations: [[RELATION_REPLACED_BY, RELATION_REPLACES]],
  },
];

/** @public */
export function isGlossaryTermEntity(
  entity: Entity,
): entity is GlossaryTermEntity {
  return (
    entity.apiVersion === MAAS_API_VERSION && entity.kind === 'GlossaryTerm'
  );
}
