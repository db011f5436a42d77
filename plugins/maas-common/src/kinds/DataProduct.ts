import { Entity } from '@backstage/catalog-model';
import { RELATION_PRODUCED_BY, RELATION_PRODUCES } from '../relations';
import {
  EntityRefString,
  MAAS_API_VERSION,
  MaasEntityBase,
  ReferenceField,
  ownershipFields,
  ownershipReferences,
  schemaParts,
} from './common';

/**
 * Legal bases for processing (GDPR art. 6). `none` is for data that is not personal; the
 * contract's four values, plus `legal-obligation` for records kept because the law says so
 * (consent receipts, invoices).
 *
 * @public
 */
export const legalBases = [
  'consent',
  'legitimate-interest',
  'contract',
  'legal-obligation',
  'none',
] as const;

/** @public */
export type LegalBasis = (typeof legalBases)[number];

/** One field of a data product's contract. @public */
export type DataProductField = {
  name: string;
  type: string;
  required?: boolean;
  personal?: boolean;
  description?: string;
};

/**
 * A data set delivered as a product, with a contract, an SLA and a consent basis.
 *
 * @public
 */
export interface DataProductEntity extends MaasEntityBase {
  kind: 'DataProduct';
  spec: {
    owner: EntityRefString;
    technicalOwner?: EntityRefString;
    domain?: string;
    contract?: {
      version?: string;
      breakingChangePolicy?: string;
      /** Inline fields, or `schemaRef`. */
      fields?: DataProductField[];
      schemaRef?: string;
    };
    sla?: {
      freshnessHours?: number;
      completenessPct?: number;
      availabilityPct?: number;
    };
    consent?: {
      personalData?: boolean;
      legalBasis?: LegalBasis;
      /** IAB TCF v2.2 purpose ids, 1 to 11. */
      purposes?: number[];
    };
    retentionDays?: number;
    sourceTools?: EntityRefString[];
  };
}

/** The JSON schema of {@link DataProductEntity}. @public */
export const dataProductEntitySchema = schemaParts.kind(
  'DataProduct',
  'A data set delivered as a product.',
  {
    type: 'object',
    required: ['owner'],
    additionalProperties: false,
    properties: {
      ...ownershipFields,
      domain: schemaParts.text('The business domain, e.g. customer.'),
      contract: {
        type: 'object',
        additionalProperties: false,
        properties: {
          version: schemaParts.text('Contract version, e.g. 2.1.0.'),
          breakingChangePolicy: schemaParts.text(
            'How breaking changes are announced.',
          ),
          fields: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'type'],
              additionalProperties: false,
              properties: {
                name: schemaParts.text('Field name.'),
                type: schemaParts.text('Field type.'),
                required: { type: 'boolean' },
                personal: { type: 'boolean' },
                description: { type: 'string' },
              },
            },
          },
          schemaRef: schemaParts.text('URL of the schema.'),
        },
      },
      sla: {
        type: 'object',
        additionalProperties: false,
        properties: {
          freshnessHours: {
            type: 'number',
            exclusiveMinimum: 0,
            description: 'Maximum age of the data, in hours.',
          },
          completenessPct: schemaParts.percentage('Minimum completeness.'),
          availabilityPct: schemaParts.percentage('Minimum availability.'),
        },
      },
      consent: {
        type: 'object',
        additionalProperties: false,
        properties: {
          personalData: { type: 'boolean' },
          legalBasis: { enum: [...legalBases] },
          purposes: schemaParts.tcfPurposes(
            'IAB TCF v2.2 purposes the data may be used for.',
          ),
        },
      },
      retentionDays: schemaParts.count('How long records are kept, in days.'),
      sourceTools: schemaParts.refList('Tools the data comes from.'),
    },
  },
);

/** @public */
export const dataProductReferenceFields: ReferenceField[] = [
  ...ownershipReferences,
  {
    field: 'sourceTools',
    many: true,
    defaultKind: 'MartechTool',
    allowedKinds: ['MartechTool'],
    relations: [[RELATION_PRODUCED_BY, RELATION_PRODUCES]],
  },
];

/** @public */
export function isDataProductEntity(
  entity: Entity,
): entity is DataProductEntity {
  return (
    entity.apiVersion === MAAS_API_VERSION && entity.kind === 'DataProduct'
  );
}
