import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  InventoryImportRequest,
  InventoryImportResult,
  MAAS_INVENTORY_REQUESTS_TOPIC,
  MAAS_INVENTORY_RESULTS_TOPIC,
  MAX_INVENTORY_PROBLEMS,
  Taxonomy,
} from '@maas/plugin-maas-common';
import {
  InventoryProviderConfig,
  readInventoryProviderConfigs,
} from './InventoryProviderConfig';
import { mapInventory } from './mapInventory';
import { readSpreadsheet } from './readSpreadsheet';

/** The largest file an import reads. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Brings a spreadsheet of the stack (CSV or XLSX: the platform owner's own, or an export of
 * LeanIX or a SaaS-management tool) into the catalogue: one MartechTool per row and the Vendors
 * the rows name, through the same validation as YAML. Runs on its schedule (on one replica at a
 * time) and whenever maas-backend asks (`POST /api/maas/inventory/imports`, announced on
 * `maas.inventory.requests`). Each run replaces everything this provider gave the
 * catalogue (a full mutation), so importing the same file again changes nothing, and publishes
 * its `InventoryImportResult` (bad rows with their row, column and reason) on
 * `maas.inventory.results` for maas-backend to keep and the Stack tab to show.
 *
 * @public
 */
export class InventoryEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  private constructor(
    private readonly deps: {
      config: InventoryProviderConfig;
      taxonomy: Taxonomy;
      logger: LoggerService;
      schedule: SchedulerServiceTaskRunner;
      urlReader: UrlReaderService;
      events?: EventsService;
      /** The clock, for the result's timestamps. */
      now?: () => Date;
    },
  ) {}

  /**
   * One provider per import under `catalog.providers.maasInventory`, each on its own schedule
   * (default: hourly); throws at start-up naming a bad key.
   */
  static fromConfig(
    config: Config,
    deps: {
      taxonomy: Taxonomy;
      logger: LoggerService;
      scheduler: SchedulerService;
      urlReader: UrlReaderService;
      events?: EventsService;
    },
  ): InventoryEntityProvider[] {
    return readInventoryProviderConfigs(config).map(
      provider =>
        new InventoryEntityProvider({
          ...deps,
          config: provider,
          schedule: deps.scheduler.createScheduledTaskRunner(
            provider.schedule ?? {
              frequency: { hours: 1 },
              timeout: { minutes: 10 },
              initialDelay: { seconds: 10 },
            },
          ),
        }),
    );
  }

  getProviderName(): string {
    return `maas-inventory-provider:${this.deps.config.id}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.deps.events?.subscribe({
      id: this.getProviderName(),
      topics: [MAAS_INVENTORY_REQUESTS_TOPIC],
      onEvent: async ({ eventPayload }) => {
        const request = eventPayload as Partial<InventoryImportRequest>;
        if (request?.providerId && request.providerId !== this.deps.config.id) {
          return;
        }
        this.deps.logger.info(
          `Inventory import ${this.deps.config.id} requested by ${request?.requestedBy}`,
        );
        await this.refresh();
      },
    });
    await this.deps.schedule.run({
      id: `${this.getProviderName()}:refresh`,
      fn: async () => {
        await this.refresh();
      },
    });
  }

  private async readSource(): Promise<Buffer> {
    const { source } = this.deps.config;
    if (/^https?:\/\//i.test(source)) {
      const response = await this.deps.urlReader.readUrl(source);
      return response.buffer();
    }
    const path = resolve(source);
    const { size } = await stat(path);
    if (size > MAX_BYTES) {
      throw new InputError(
        `${path} has ${size} bytes; an import reads at most ${MAX_BYTES}`,
      );
    }
    return readFile(path);
  }

  /**
   * Imports the file now: applies what it describes (unless it cannot be read at all, when the
   * catalogue keeps what it has) and publishes the result, which it also returns.
   */
  async refresh(): Promise<InventoryImportResult> {
    const { config, taxonomy, logger } = this.deps;
    const now = this.deps.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const base = {
      providerId: config.id,
      source: config.source,
      ...(config.format === 'xlsx' && config.sheet
        ? { sheet: config.sheet }
        : {}),
      startedAt,
    };
    let result: InventoryImportResult;
    try {
      if (!this.connection) {
        throw new Error('the catalogue has not connected the provider yet');
      }
      const sheet = await readSpreadsheet(await this.readSource(), config);
      const mapped = mapInventory(sheet, config, taxonomy);
      const locationKey = this.getProviderName();
      await this.connection.applyMutation({
        type: 'full',
        entities: [...mapped.vendors, ...mapped.tools].map(entity => ({
          entity,
          locationKey,
        })),
      });
      result = {
        ...base,
        ...(sheet.name ? { sheet: sheet.name } : {}),
        finishedAt: now().toISOString(),
        status:
          mapped.problems.length > 0 ? 'imported-with-problems' : 'imported',
        rows: sheet.rows.length,
        entities: {
          vendors: mapped.vendors.length,
          tools: mapped.tools.length,
        },
        problems: mapped.problems.slice(0, MAX_INVENTORY_PROBLEMS),
        problemCount: mapped.problems.length,
      };
      logger.info(
        `Inventory import ${config.id}: ${result.entities.tools} tools and ${result.entities.vendors} vendors from ${result.rows} rows, ${result.problemCount} problems`,
      );
    } catch (error) {
      // The catalogue keeps what the last good run gave it; the next run tries again.
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(`Inventory import ${config.id} failed: ${reason}`);
      result = {
        ...base,
        finishedAt: now().toISOString(),
        status: 'failed',
        rows: 0,
        entities: { vendors: 0, tools: 0 },
        problems: [],
        problemCount: 0,
        error: reason,
      };
    }
    try {
      await this.deps.events?.publish({
        topic: MAAS_INVENTORY_RESULTS_TOPIC,
        eventPayload: result,
      });
    } catch (error) {
      logger.warn(
        `Could not publish the result of inventory import ${config.id}: ${error}`,
      );
    }
    return result;
  }
}
