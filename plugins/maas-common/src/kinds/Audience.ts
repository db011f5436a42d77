import { Entity } from '@backstage/catalog-model';
import {
  RELATION_ACTIVATED_IN,
  RELATION_ACTIVATES,
  RELATION_DERIVED_FROM,
  RELATION_FEEDS,
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

/** How often an audience is recomputed. @public */
export const audienceRefreshCadences = [
  'real-time',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'static',
] as const;

/**
 * A segment that campaigns target, derived from data products and activated in tools.
 *
 * @public
 */
export interface AudienceEntity extends MaasEntityBase {
  kind: 'Audience';
  spec: {
    owner: EntityRefString;
    technicalOwner?: EntityRefString;
    definition: string;
    sourceDataProducts: EntityRefString[];
    /** Each required purpose must be carried by every source data product. */
    consent?: { requiredPurposes?: number[] };
    estimatedSize?: number;
    refresh?: (typeof audienceRefreshCadences)[number];
    certified?: boolean;
    destinations?: EntityRefString[];
    sla?: { freshnessHours?: number };
  };
}

/** The JSON schema of {@link AudienceEntity}. @public */
export const audienceEntitySchema = schemaParts.kind(
  'Audience',
  'A segment that campaigns target.',
  {
    type: 'object',
    required: ['owner', 'definition', 'sourceDataProducts'],
    additionalProperties: false,
    properties: {
      ...ownershipFields,
      definition: schemaParts.text('Who is in the audience, in words.'),
      sourceDataProducts: {
        ...schemaParts.refList('Data products the audience is built from.'),
        minItems: 1,
      },
      consent: {
        type: 'object',
        additionalProperties: false,
        properties: {
          requiredPurposes: schemaParts.tcfPurposes(
            'IAB TCF v2.2 purposes the audience needs.',
          ),
        },
      },
      estimatedSize: schemaParts.count('Number of people in the audience.'),
      refresh: { enum: [...audienceRefreshCadences] },
      certified: { type: 'boolean' },
      destinations: schemaParts.refList('Tools the audience is activated in.'),
      sla: {
        type: 'object',
        additionalProperties: false,
        properties: {
          freshnessHours: {
            type: 'number',
            exclusiveMinimum: 0,
            description: 'Maximum age of the audience, in hours.',
          },
        },
      },
    },
  },
);

/** @public */
export const audienceReferenceFields: ReferenceField[] = [
  ...ownershipReferences,
  {
    field: 'sourceDataProducts',
    many: true,
    defaultKind: 'DataProduct',
    allowedKinds: ['DataProduct'],
    relations: [[RELATION_DERIVED_FROM, RELATION_FEEDS]],
  },
  {
    field: 'destinations',
    many: true,
    defaultKind: 'MartechTool',
    allowedKinds: ['MartechTool'],
    relations: [[RELATION_ACTIVATED_IN, RELATION_ACTIVATES]],
  },
];

/** @public */
export function isAudienceEntity(entity: Entity): entity is AudienceEntity {
  return entity.apiVersion === MAAS_API_VERSION && entity.kind === 'Audience';
}
