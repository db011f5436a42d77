import {
  AuthService,
  DiscoveryService,
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  CampaignRecord,
  campaignToEntity,
  MAAS_CAMPAIGNS_TOPIC,
} from '@maas/plugin-maas-common';

const LOCATION_KEY = 'maas-provider:campaigns';

/**
 * Brings the campaigns launched through maas-backend into the catalogue as `Campaign` entities:
 * each change announced on the events bus at once, and everything again on a schedule (which
 * also removes campaigns maas-backend no longer has). No git server is involved.
 *
 * @public
 */
export class CampaignEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
      events?: EventsService;
      schedule: SchedulerServiceTaskRunner;
    },
  ) {}

  getProviderName(): string {
    return 'maas-provider:campaigns';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.deps.events?.subscribe({
      id: this.getProviderName(),
      topics: [MAAS_CAMPAIGNS_TOPIC],
      onEvent: async ({ eventPayload }) => {
        const { namespace, name } = eventPayload as {
          namespace: string;
          name: string;
        };
        await this.refreshOne(namespace, name);
      },
    });
    await this.deps.schedule.run({
      id: `${this.getProviderName()}:refresh`,
      fn: () => this.refresh(),
    });
  }

  private async request(path: string): Promise<Response> {
    const base = await this.deps.discovery.getBaseUrl('maas');
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
      targetPluginId: 'maas',
    });
    return fetch(`${base}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  }

  private async toEntity(record: CampaignRecord) {
    return {
      entity: campaignToEntity(
        record,
        await this.deps.discovery.getExternalBaseUrl('maas'),
      ),
      locationKey: LOCATION_KEY,
    };
  }

  /** Replaces every campaign entity with what maas-backend holds. */
  async refresh(): Promise<void> {
    if (!this.connection) return;
    try {
      const res = await this.request('/campaigns');
      if (!res.ok) throw new Error(`maas-backend answered ${res.status}`);
      const { items } = (await res.json()) as { items: CampaignRecord[] };
      await this.connection.applyMutation({
        type: 'full',
        entities: await Promise.all(items.map(r => this.toEntity(r))),
      });
    } catch (error) {
      // The next scheduled run tries again; the catalogue keeps what it has meanwhile.
      this.deps.logger.warn(
        `Could not read campaigns from maas-backend: ${error}`,
      );
    }
  }

  private async refreshOne(namespace: string, name: string): Promise<void> {
    if (!this.connection) return;
    try {
      const res = await this.request(
        `/campaigns/${encodeURIComponent(namespace)}/${encodeURIComponent(
          name,
        )}`,
      );
      if (res.status === 404) {
        await this.connection.applyMutation({
          type: 'delta',
          added: [],
          removed: [{ entityRef: `campaign:${namespace}/${name}` }],
        });
        return;
      }
      if (!res.ok) throw new Error(`maas-backend answered ${res.status}`);
      const record = (await res.json()) as CampaignRecord;
      await this.connection.applyMutation({
        type: 'delta',
        added: [await this.toEntity(record)],
        removed: [],
      });
    } catch (error) {
      this.deps.logger.warn(
        `Could not read campaign ${namespace}/${name}: ${error}`,
      );
    }
  }
}
