import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import {
  InventoryImportRequest,
  InventoryImportResult,
  inventoryImportStatuses,
  MAAS_INVENTORY_REQUESTS_TOPIC,
  MAAS_INVENTORY_RESULTS_TOPIC,
  MAX_INVENTORY_PROBLEMS,
} from '@maas/plugin-maas-common';
import { z } from 'zod';
import { InventoryImportStore } from '../database/InventoryImportStore';

const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0).max(1_000_000);

/**
 * What the catalogue module publishes, checked before it is stored: another plugin's event is
 * input like any other.
 */
const resultSchema: z.ZodType<InventoryImportResult> = z.object({
  providerId: text(255).min(1),
  source: text(2000),
  sheet: text(255).optional(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime(),
  status: z.enum(inventoryImportStatuses),
  rows: count,
  entities: z.object({ vendors: count, tools: count }),
  problems: z
    .array(
      z.object({
        row: count,
        column: text(500).optional(),
        cell: text(20).optional(),
        field: text(500).optional(),
        entityRef: text(500).optional(),
        level: z.enum(['error', 'warning']),
        message: text(4000),
      }),
    )
    .max(MAX_INVENTORY_PROBLEMS),
  problemCount: count,
  error: text(4000).optional(),
});

/**
 * The inventory imports as maas-backend knows them: it keeps the latest result of each (published
 * by the catalogue module on the events service) and passes a person's request for an import on
 * to the catalogue module the same way. It never reads the catalogue's database.
 */
export class InventoryService {
  constructor(
    private readonly deps: {
      store: InventoryImportStore;
      events: EventsService;
      logger: LoggerService;
    },
  ) {}

  /** Starts keeping the results the catalogue module publishes. */
  async subscribe(): Promise<void> {
    await this.deps.events.subscribe({
      id: 'inventory-results',
      topics: [MAAS_INVENTORY_RESULTS_TOPIC],
      onEvent: async ({ eventPayload }) => {
        await this.record(eventPayload);
      },
    });
  }

  /** Stores a published result; one that is not a result is logged and dropped. */
  async record(payload: unknown): Promise<void> {
    const parsed = resultSchema.safeParse(payload);
    if (!parsed.success) {
      this.deps.logger.warn(
        `Dropped an inventory import result that is not one: ${parsed.error.issues
          .slice(0, 3)
          .map(i => `${i.path.join('.')} ${i.message}`)
          .join('; ')}`,
      );
      return;
    }
    await this.deps.store.save(parsed.data);
  }

  list(): Promise<InventoryImportResult[]> {
    return this.deps.store.list();
  }

  /** Asks the imports (one, or all) to run now; they answer on the results topic. */
  async request(
    requestedBy: string,
    providerId?: string,
  ): Promise<InventoryImportRequest> {
    const request: InventoryImportRequest = {
      ...(providerId ? { providerId } : {}),
      requestedBy,
      requestedAt: new Date().toISOString(),
    };
    await this.deps.events.publish({
      topic: MAAS_INVENTORY_REQUESTS_TOPIC,
      eventPayload: request,
    });
    return request;
  }
}
