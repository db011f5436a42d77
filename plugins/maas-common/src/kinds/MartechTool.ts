import {
  Entity,
  RELATION_DEPENDS_ON,
  RELATION_DEPENDENCY_OF,
} from '@backstage/catalog-model';
import {
  RELATION_PROVIDED_BY,
  RELATION_PROVIDES,
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
} from '../relations';
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
import { fundingSchema, ToolFunding } from './funding';

/** @public */
export const toolLifecycles = [
  'evaluation',
  'active',
  'sunsetting',
  'retired',
] as const;

/** Gartner's TIME model: tolerate, invest, migrate, eliminate. @public */
export const toolDispositions = [
  'tolerate',
  'invest',
  'migrate',
  'eliminate',
] as const;

/** @public */
export const exportApiLevels = ['full', 'partial', 'none'] as const;

/**
 * A tool in the martech stack (CDP, CRM, ESP, analytics, consent, DAM, ads…).
 *
 * @public
 */
export interface MartechToolEntity extends MaasEntityBase {
  kind: 'MartechTool';
  spec: {
    vendor: EntityRefString;
    owner: EntityRefString;
    technicalOwner?: EntityRefString;
    /** One of the tool categories of the taxonomy. */
    category: string;
    /** Capabilities from the taxonomy. */
    capabilities: string[];
    lifecycle: (typeof toolLifecycles)[number];
    /** Required when `lifecycle` is `retired`. */
    retiredAt?: IsoDate | null;
    disposition?: (typeof toolDispositions)[number];
    /** Cost per year. */
    cost?: Money;
    licenses?: { purchased?: number; active?: number };
    /** Who pays for it: the marketing and IT shares of its cost, adding up to 100. */
    funding?: ToolFunding;
    sla?: { availabilityPct?: number; support?: string };
    personalData?: boolean;
    dataPortability?: {
      exportApi?: (typeof exportApiLevels)[number];
      bulkExport?: boolean;
      formats?: string[];
      openStandards?: string[];
      selfService?: boolean;
      documentedSchema?: boolean;
    };
    dependsOn?: EntityRefString[];
    replacedBy?: EntityRefString | null;
  };
}

/** The JSON schema of {@link MartechToolEntity}. @public */
export const martechToolEntitySchema = schemaParts.kind(
  'MartechTool',
  'A tool in the martech stack.',
  {
    type: 'object',
    required: ['vendor', 'owner', 'category', 'capabilities', 'lifecycle'],
    additionalProperties: false,
    properties: {
      vendor: schemaParts.ref('The vendor selling the tool.'),
      ...ownershipFields,
      category: {
        type: 'string',
        minLength: 1,
        description:
          "The tool category: an id (or alias) of the taxonomy's categories, built in or added in maas.taxonomy.",
      },
      capabilities: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 1,
        uniqueItems: true,
        description:
          'Capabilities the tool serves: ids (or aliases) of the taxonomy, built in or added in maas.taxonomy.',
      },
      lifecycle: { enum: [...toolLifecycles] },
      retiredAt: {
        ...schemaParts.date('When the tool was retired.'),
        type: ['string', 'null'],
      },
      disposition: { enum: [...toolDispositions] },
      cost: schemaParts.money('Cost per year.'),
      licenses: {
        type: 'object',
        additionalProperties: false,
        properties: {
          purchased: schemaParts.count('Licences (seats) purchased.'),
          active: schemaParts.count('Licences (seats) in use.'),
        },
      },
      funding: fundingSchema,
      sla: {
        type: 'object',
        additionalProperties: false,
        properties: {
          availabilityPct: schemaParts.percentage('Availability promised.'),
          support: schemaParts.text('Support hours, e.g. 24x7.'),
        },
      },
      personalData: { type: 'boolean' },
      dataPortability: {
        type: 'object',
        additionalProperties: false,
        properties: {
          exportApi: { enum: [...exportApiLevels] },
          bulkExport: { type: 'boolean' },
          formats: schemaParts.stringList('Export formats, e.g. csv, json.'),
          openStandards: schemaParts.stringList(
            'Open standards supported, e.g. SCIM, OpenLineage.',
          ),
          selfService: { type: 'boolean' },
          documentedSchema: { type: 'boolean' },
        },
      },
      dependsOn: schemaParts.refList('Tools this tool needs to work.'),
      replacedBy: {
        ...schemaParts.ref('The tool replacing this one.'),
        type: ['string', 'null'],
      },
    },
  },
);

/** @public */
export const martechToolReferenceFields: ReferenceField[] = [
  ...ownershipReferences,
  {
    field: 'vendor',
    many: false,
    defaultKind: 'Vendor',
    allowedKinds: ['Vendor'],
    relations: [[RELATION_PROVIDED_BY, RELATION_PROVIDES]],
  },
  {
    field: 'dependsOn',
    many: true,
    defaultKind: 'MartechTool',
    allowedKinds: ['MartechTool'],
    relations: [[RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF]],
  },
  {
    field: 'replacedBy',
    many: false,
    defaultKind: 'MartechTool',
    allowedKinds: ['MartechTool'],
    relations: [[RELATION_REPLACED_BY, RELATION_REPLACES]],
  },
];

/** @public */
export function isMartechToolEntity(
  entity: Entity,
): entity is MartechToolEntity {
  return (
    entity.apiVersion === MAAS_API_VERSION && entity.kind === 'MartechTool'
  );
}
