import { Entity } from '@backstage/catalog-model';
import {
  EntityRefString,
  IsoDate,
  MAAS_API_VERSION,
  MaasEntityBase,
  Money,
  ReferenceField,
  ownershipFields,
  ownershipReferences,
  schemaParts,
} from './common';

/** Data a vendor must let a customer take when switching (EU Data Act, art. 25). @public */
export const exportableDataTypes = [
  'input-data',
  'output-data',
  'metadata',
  'configuration',
  'security-data',
] as const;

/**
 * A company selling one or more martech tools, with the contract terms that decide how easily
 * its data comes back.
 *
 * @public
 */
export interface VendorEntity extends MaasEntityBase {
  kind: 'Vendor';
  spec: {
    /** Who manages the relationship (often procurement). */
    owner: EntityRefString;
    /** The IT-side owner. */
    technicalOwner?: EntityRefString;
    contract?: {
      /** Current term end. */
      end?: IsoDate;
      renewal?: 'auto' | 'manual';
      /** Notice needed to terminate or not renew, in days. */
      noticeDays?: number;
      annualValue?: Money;
      exitClause?: boolean;
      dataReturn?: {
        clause?: boolean;
        withinDays?: number;
        formats?: string[];
        assistance?: 'included' | 'paid' | 'none';
      };
      deletionCertificate?: boolean;
      /** Charges for taking data out: none, capped at cost, or uncapped. */
      egressFees?: 'none' | 'capped' | 'uncapped';
      /** EU Data Act (Reg. 2023/2854, ch. VI) switching terms. */
      switching?: {
        transitionDays?: number;
        retrievalDays?: number;
        exportableData?: Array<(typeof exportableDataTypes)[number]>;
        proceduresPublished?: boolean;
      };
      /** Declared adherence to a SWIPO code of conduct. */
      swipoAdherent?: boolean;
    };
    sla?: { support?: string; responseHours?: number };
  };
}

/** A vendor's contract terms. @public */
export type VendorContract = NonNullable<VendorEntity['spec']['contract']>;

/** The JSON schema of {@link VendorEntity}. @public */
export const vendorEntitySchema = schemaParts.kind(
  'Vendor',
  'A company selling one or more martech tools.',
  {
    type: 'object',
    required: ['owner'],
    additionalProperties: false,
    properties: {
      ...ownershipFields,
      contract: {
        type: 'object',
        additionalProperties: false,
        properties: {
          end: schemaParts.date('Current term end.'),
          renewal: { enum: ['auto', 'manual'] },
          noticeDays: schemaParts.count(
            'Days of notice to terminate or not renew.',
          ),
          annualValue: schemaParts.money('Contract value per year.'),
          exitClause: { type: 'boolean' },
          dataReturn: {
            type: 'object',
            additionalProperties: false,
            properties: {
              clause: { type: 'boolean' },
              withinDays: schemaParts.count('Days to return the data.'),
              formats: schemaParts.stringList(
                'Formats the data comes back in.',
              ),
              assistance: { enum: ['included', 'paid', 'none'] },
            },
          },
          deletionCertificate: { type: 'boolean' },
          egressFees: { enum: ['none', 'capped', 'uncapped'] },
          switching: {
            type: 'object',
            additionalProperties: false,
            properties: {
              transitionDays: schemaParts.count(
                'Maximum transition period, in days.',
              ),
              retrievalDays: schemaParts.count(
                'Days the data stays retrievable after the transition.',
              ),
              exportableData: {
                type: 'array',
                items: { enum: [...exportableDataTypes] },
                uniqueItems: true,
              },
              proceduresPublished: { type: 'boolean' },
            },
          },
          swipoAdherent: { type: 'boolean' },
        },
      },
      sla: {
        type: 'object',
        additionalProperties: false,
        properties: {
          support: schemaParts.text('Support hours, e.g. 24x7.'),
          responseHours: { type: 'number', minimum: 0 },
        },
      },
    },
  },
);

/** @public */
export const vendorReferenceFields: ReferenceField[] = [...ownershipReferences];

/** @public */
export function isVendorEntity(entity: Entity): entity is VendorEntity {
  return entity.apiVersion === MAAS_API_VERSION && entity.kind === 'Vendor';
}
