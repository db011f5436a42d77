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
import { ResponseError } from '@backstage/errors';
import { EventsService } from '@backstage/plugin-events-node';
import {
  CampaignRecord,
  campaignToEntity,
  MAAS_CAMPAIGNS_TOPIC,
  MAAS_PLUGIN_ID,
  MaasApi,
  MaasApiClient,
  MaasRequestOptions,
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
  private readonly maas: MaasApi;

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
      events?: EventsService;
      schedule: SchedulerServiceTaskRunner;
      /** How maas-backend is reached; the global fetch by default. */
      fetchApi?: { fetch: typeof fetch };
    },
  ) {
    this.maas = new MaasApiClient({
      discoveryApi: deps.discovery,
      fetchApi: deps.fetchApi,
    });
  }

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

  /** The catalogue reads campaigns as itself, not on anyone's behalf. */
  private async requestOptions(): Promise<MaasRequestOptions> {
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
      targetPluginId: MAAS_PLUGIN_ID,
    });
    return { token };
  }

  private async toEntity(record: CampaignRecord) {
    return {
      entity: campaignToEntity(
        record,
        await this.deps.discovery.getExternalBaseUrl(MAAS_PLUGIN_ID),
      ),
      locationKey: LOCATION_KEY,
    };
  }

  /** Replaces every campaign entity with what maas-backend holds. */
  async refresh(): Promise<void> {
    if (!this.connection) return;
    try {
      const { items } = await this.maas.getCampaigns(
        await this.requestOptions(),
      );
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
      const record = await this.readOne(namespace, name);
      if (!record) {
        await this.connection.applyMutation({
          type: 'delta',
          added: [],
          removed: [{ entityRef: `campaign:${namespace}/${name}` }],
        });
        return;
      }
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

  /** The stored campaign, or undefined once maas-backend no longer has it. */
  private async readOne(
    namespace: string,
    name: string,
  ): Promise<CampaignRecord | undefined> {
    try {
      return await this.maas.getCampaign(
        { namespace, name },
        await this.requestOptions(),
      );
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        return undefined;
      }
      throw error;
    }
  }
}
