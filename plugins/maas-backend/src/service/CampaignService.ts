import { InputError, NotFoundError } from '@backstage/errors';
import { EventsService } from '@backstage/plugin-events-node';
import {
  CampaignRecord,
  CampaignStatus,
  MAAS_CAMPAIGNS_TOPIC,
  campaignToEntity,
  describeValidationProblems,
  validateMaasEntity,
} from '@maas/plugin-maas-common';
import { CampaignStore, NewCampaign } from '../database/CampaignStore';
import { campaignStatus } from '../domain/campaignStatus';

/** Campaigns launched from templates: recorded, moved through their statuses, announced. */
export class CampaignService {
  constructor(
    private readonly deps: { store: CampaignStore; events: EventsService },
  ) {}

  private async announce(campaign: CampaignRecord) {
    await this.deps.events.publish({
      topic: MAAS_CAMPAIGNS_TOPIC,
      eventPayload: { namespace: campaign.namespace, name: campaign.name },
    });
  }

  /** Checks the campaign as the catalogue would (schema and rules), then records it. */
  async create(campaign: NewCampaign, actor: string) {
    const entity = campaignToEntity(
      { ...campaign, createdBy: actor, createdAt: '', updatedAt: '' },
      'http://maas',
    );
    const problems = validateMaasEntity(entity);
    if (problems.length > 0) {
      throw new InputError(describeValidationProblems(entity, problems));
    }
    const result = await this.deps.store.create(campaign, actor);
    if (result.created) await this.announce(result.campaign);
    return result;
  }

  list(): Promise<CampaignRecord[]> {
    return this.deps.store.list();
  }

  async get(namespace: string, name: string) {
    const campaign = await this.deps.store.get(namespace, name);
    if (!campaign) throw new NotFoundError(`No campaign ${namespace}/${name}`);
    return {
      ...campaign,
      history: await this.deps.store.history(namespace, name),
    };
  }

  async setStatus(
    namespace: string,
    name: string,
    to: CampaignStatus,
    actor: string,
  ) {
    const campaign = await this.deps.store.get(namespace, name);
    if (!campaign) throw new NotFoundError(`No campaign ${namespace}/${name}`);
    if (campaign.status === to) return campaign;
    campaignStatus.assertMove(campaign.status, to);
    const moved = await this.deps.store.setStatus(
      namespace,
      name,
      campaign.status,
      to,
      actor,
    );
    await this.announce(moved);
    return moved;
  }
}
