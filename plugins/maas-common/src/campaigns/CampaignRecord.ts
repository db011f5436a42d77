import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
} from '@backstage/catalog-model';
import { CampaignEntity } from '../kinds/Campaign';
import { MAAS_API_VERSION } from '../kinds/common';

/**
 * A campaign as maas-backend stores it (`GET /api/maas/campaigns`). The catalogue shows each one
 * as a `Campaign` entity ({@link campaignToEntity}).
 *
 * @public
 */
export interface CampaignRecord {
  namespace: string;
  name: string;
  title?: string;
  description?: string;
  spec: Omit<CampaignEntity['spec'], 'status'>;
  status: CampaignEntity['spec']['status'];
  /** The scaffolder task that launched it. */
  taskId?: string;
  /** Entity ref of who launched it. */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** When it first went live. */
  liveAt?: string;
}

/**
 * The events topic maas-backend announces campaign changes on (payload `{namespace, name}`);
 * the catalogue's campaign provider listens to it.
 *
 * @public
 */
export const MAAS_CAMPAIGNS_TOPIC = 'maas.campaigns';

/** Says which maas-backend record a Campaign entity comes from. @public */
export const ANNOTATION_CAMPAIGN_TASK = 'maas.dev/task-id';
/** Who launched the campaign. @public */
export const ANNOTATION_LAUNCHED_BY = 'maas.dev/launched-by';

/**
 * The catalogue entity of a stored campaign. `locationBase` is where maas-backend answers, e.g.
 * `http://localhost:7007/api/maas`.
 *
 * @public
 */
export function campaignToEntity(
  record: CampaignRecord,
  locationBase: string,
): CampaignEntity {
  const location = `url:${locationBase}/campaigns/${record.namespace}/${record.name}`;
  return {
    apiVersion: MAAS_API_VERSION,
    kind: 'Campaign',
    metadata: {
      name: record.name,
      namespace: record.namespace,
      ...(record.title ? { title: record.title } : {}),
      ...(record.description ? { description: record.description } : {}),
      annotations: {
        [ANNOTATION_LOCATION]: location,
        [ANNOTATION_ORIGIN_LOCATION]: location,
        [ANNOTATION_LAUNCHED_BY]: record.createdBy,
        ...(record.taskId ? { [ANNOTATION_CAMPAIGN_TASK]: record.taskId } : {}),
      },
    },
    spec: { ...record.spec, status: record.status },
  };
}
