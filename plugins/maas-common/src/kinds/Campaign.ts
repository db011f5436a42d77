import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import {
  RELATION_HAS_INSTANCE,
  RELATION_INSTANCE_OF,
  RELATION_RUNS,
  RELATION_RUNS_ON,
  RELATION_TARGETED_BY,
  RELATION_TARGETS,
} from '../relations';
import {
  EntityRefString,
  IsoDate,
  MAAS_API_VERSION,
  MaasEntityBase,
  Money,
  ReferenceField,
  schemaParts,
} from './common';

/** @public */
export const campaignStatuses = [
  'draft',
  'live',
  'completed',
  'cancelled',
] as const;

/** @public */
export type CampaignStatus = (typeof campaignStatuses)[number];

/**
 * A launched instance of a campaign template.
 *
 * @public
 */
export interface CampaignEntity extends MaasEntityBase {
  kind: 'Campaign';
  spec: {
    owner: EntityRefString;
    template: EntityRefString;
    audience: EntityRefString;
    channels: EntityRefString[];
    start: IsoDate;
    end?: IsoDate;
    budget?: Money;
    experiment?: {
      /** Share of the audience held out, 0 to 100. */
      holdoutPct?: number;
      variants?: string[];
      /** Minimum detectable effect, relative lift in percent. */
      minimumDetectableEffectPct?: number;
      /** Conversion rate without the campaign, in %, that the effect was computed for. */
      baselineConversionPct?: number;
    };
    kpis?: string[];
    status: CampaignStatus;
  };
}

/** The JSON schema of {@link CampaignEntity}. @public */
export const campaignEntitySchema = schemaParts.kind(
  'Campaign',
  'A launched instance of a campaign template.',
  {
    type: 'object',
    required: ['owner', 'template', 'audience', 'channels', 'start', 'status'],
    additionalProperties: false,
    properties: {
      owner: schemaParts.ref('The team running the campaign.'),
      template: schemaParts.ref('The campaign template it was launched from.'),
      audience: schemaParts.ref('The audience it targets.'),
      channels: {
        ...schemaParts.refList('Tools the campaign runs on.'),
        minItems: 1,
      },
      start: schemaParts.date('First day.'),
      end: schemaParts.date('Last day.'),
      budget: schemaParts.money('Total budget.'),
      experiment: {
        type: 'object',
        additionalProperties: false,
        properties: {
          holdoutPct: schemaParts.percentage('Share of the audience held out.'),
          variants: schemaParts.stringList('Variant names, e.g. A, B.'),
          minimumDetectableEffectPct: {
            type: 'number',
            exclusiveMinimum: 0,
            description: 'Smallest relative lift the test can detect, in %.',
          },
          baselineConversionPct: {
            type: 'number',
            exclusiveMinimum: 0,
            exclusiveMaximum: 100,
            description:
              'Conversion rate without the campaign, in %, the lift was computed for.',
          },
        },
      },
      kpis: schemaParts.stringList('KPIs the campaign is judged on.'),
      status: { enum: [...campaignStatuses] },
    },
  },
);

/** @public */
export const campaignReferenceFields: ReferenceField[] = [
  {
    field: 'owner',
    many: false,
    defaultKind: 'Group',
    allowedKinds: ['Group', 'User'],
    relations: [[RELATION_OWNED_BY, RELATION_OWNER_OF]],
  },
  {
    field: 'template',
    many: false,
    defaultKind: 'Template',
    allowedKinds: ['Template'],
    relations: [[RELATION_INSTANCE_OF, RELATION_HAS_INSTANCE]],
  },
  {
    field: 'audience',
    many: false,
    defaultKind: 'Audience',
    allowedKinds: ['Audience'],
    relations: [[RELATION_TARGETS, RELATION_TARGETED_BY]],
  },
  {
    field: 'channels',
    many: true,
    defaultKind: 'MartechTool',
    allowedKinds: ['MartechTool'],
    relations: [[RELATION_RUNS_ON, RELATION_RUNS]],
  },
];

/** @public */
export function isCampaignEntity(entity: Entity): entity is CampaignEntity {
  return entity.apiVersion === MAAS_API_VERSION && entity.kind === 'Campaign';
}
