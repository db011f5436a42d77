import { ConflictError, NotFoundError } from '@backstage/errors';
import { CampaignRecord, CampaignStatus } from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import { CampaignEvent, CampaignStore, NewCampaign } from './CampaignStore';
import { iso } from './iso';

type Row = {
  namespace: string;
  name: string;
  task_id: string | null;
  spec: string;
  metadata: string;
  status: CampaignStatus;
  created_by: string;
  created_at: unknown;
  updated_at: unknown;
  live_at: unknown | null;
};

function toRecord(row: Row): CampaignRecord {
  const metadata = JSON.parse(row.metadata);
  return {
    namespace: row.namespace,
    name: row.name,
    ...(metadata.title ? { title: metadata.title } : {}),
    ...(metadata.description ? { description: metadata.description } : {}),
    spec: JSON.parse(row.spec),
    status: row.status,
    ...(row.task_id ? { taskId: row.task_id } : {}),
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    ...(row.live_at ? { liveAt: iso(row.live_at) } : {}),
  };
}

/** {@link CampaignStore} in the plugin's database. */
export class DatabaseCampaignStore implements CampaignStore {
  constructor(private readonly db: Knex) {}

  async create(
    campaign: NewCampaign,
    actor: string,
  ): Promise<{ campaign: CampaignRecord; created: boolean }> {
    try {
      return await this.insert(campaign, actor);
    } catch (error) {
      // Two retries of the same task at once: the loser finds the winner's record.
      const same = campaign.taskId
        ? await this.db<Row>('maas_campaigns')
            .where({ task_id: campaign.taskId })
            .first()
        : undefined;
      if (same) return { campaign: toRecord(same), created: false };
      throw error;
    }
  }

  private async insert(
    campaign: NewCampaign,
    actor: string,
  ): Promise<{ campaign: CampaignRecord; created: boolean }> {
    return this.db.transaction(async tx => {
      if (campaign.taskId) {
        const same = await tx<Row>('maas_campaigns')
          .where({ task_id: campaign.taskId })
          .first();
        if (same) return { campaign: toRecord(same), created: false };
      }
      const taken = await tx<Row>('maas_campaigns')
        .where({ namespace: campaign.namespace, name: campaign.name })
        .first();
      if (taken) {
        throw new ConflictError(
          `A campaign named ${campaign.namespace}/${campaign.name} already exists; choose another name`,
        );
      }
      const now = new Date();
      await tx('maas_campaigns').insert({
        namespace: campaign.namespace,
        name: campaign.name,
        task_id: campaign.taskId ?? null,
        spec: JSON.stringify(campaign.spec),
        metadata: JSON.stringify({
          title: campaign.title,
          description: campaign.description,
        }),
        status: campaign.status,
        created_by: actor,
        created_at: now,
        updated_at: now,
        live_at: campaign.status === 'live' ? now : null,
      });
      await tx('maas_campaign_events').insert({
        namespace: campaign.namespace,
        name: campaign.name,
        from_status: null,
        to_status: campaign.status,
        actor,
        at: now,
      });
      const row = await tx<Row>('maas_campaigns')
        .where({ namespace: campaign.namespace, name: campaign.name })
        .first();
      return { campaign: toRecord(row!), created: true };
    });
  }

  async get(
    namespace: string,
    name: string,
  ): Promise<CampaignRecord | undefined> {
    const row = await this.db<Row>('maas_campaigns')
      .where({ namespace, name })
      .first();
    return row ? toRecord(row) : undefined;
  }

  async getByTask(taskId: string): Promise<CampaignRecord | undefined> {
    const row = await this.db<Row>('maas_campaigns')
      .where({ task_id: taskId })
      .first();
    return row ? toRecord(row) : undefined;
  }

  async list(): Promise<CampaignRecord[]> {
    const rows = await this.db<Row>('maas_campaigns').orderBy([
      { column: 'namespace' },
      { column: 'name' },
    ]);
    return rows.map(toRecord);
  }

  async setStatus(
    namespace: string,
    name: string,
    from: CampaignStatus,
    to: CampaignStatus,
    actor: string,
  ): Promise<CampaignRecord> {
    return this.db.transaction(async tx => {
      const now = new Date();
      const count = await tx('maas_campaigns')
        .where({ namespace, name, status: from })
        .update({
          status: to,
          updated_at: now,
          ...(to === 'live' ? { live_at: now } : {}),
        });
      if (count === 0) {
        const current = await tx<Row>('maas_campaigns')
          .where({ namespace, name })
          .first();
        if (!current)
          throw new NotFoundError(`No campaign ${namespace}/${name}`);
        throw new ConflictError(
          `Campaign ${namespace}/${name} is ${current.status} now, not ${from}: it changed meanwhile`,
        );
      }
      await tx('maas_campaign_events').insert({
        namespace,
        name,
        from_status: from,
        to_status: to,
        actor,
        at: now,
      });
      return toRecord(
        (await tx<Row>('maas_campaigns').where({ namespace, name }).first())!,
      );
    });
  }

  async history(namespace: string, name: string): Promise<CampaignEvent[]> {
    const rows = await this.db('maas_campaign_events')
      .where({ namespace, name })
      .orderBy('id', 'asc');
    return rows.map(r => ({
      from: r.from_status as string | null,
      to: r.to_status as string,
      actor: r.actor as string,
      at: iso(r.at),
    }));
  }
}
