import { readFileSync } from 'node:fs';
import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { EventsService, eventsServiceRef } from '@backstage/plugin-events-node';
import {
  InventoryImportResult,
  MAAS_INVENTORY_REQUESTS_TOPIC,
  MAAS_INVENTORY_RESULTS_TOPIC,
  Taxonomy,
} from '@maas/plugin-maas-common';
import {
  demoInventoryConfig,
  eventually,
  sharedEvents,
} from '@internal/maas-test-utils';
import request from 'supertest';
import { catalogModuleMaas } from '../module';
import { InventoryEntityProvider } from './InventoryEntityProvider';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

/** A plugin that keeps every import result published, and can ask for an import. */
function resultsProbe() {
  const results: InventoryImportResult[] = [];
  let events: EventsService | undefined;
  const plugin = createBackendPlugin({
    pluginId: 'probe',
    register(env) {
      env.registerInit({
        deps: { events: eventsServiceRef },
        async init(deps) {
          events = deps.events;
          await events.subscribe({
            id: 'inventory-results',
            topics: [MAAS_INVENTORY_RESULTS_TOPIC],
            onEvent: async ({ eventPayload }) => {
              results.push(eventPayload as InventoryImportResult);
            },
          });
        },
      });
    },
  });
  return {
    plugin,
    results,
    requestImport: () =>
      events!.publish({
        topic: MAAS_INVENTORY_REQUESTS_TOPIC,
        eventPayload: {
          providerId: 'nordics',
          requestedBy: 'user:default/platform.owner',
          requestedAt: new Date().toISOString(),
        },
      }),
  };
}

/** What an entity is, leaving out what the catalogue recomputes (etag, relations). */
function identity(entity: Entity) {
  const { etag, ...metadata } = entity.metadata;
  return { ref: stringifyEntityRef(entity), metadata, spec: entity.spec };
}

describe.each(databases.eachSupportedId())(
  'the inventory import of the sample spreadsheet on %s',
  (databaseId: TestDatabaseId) => {
    let backend: TestBackend;
    const probe = resultsProbe();

    const imported = async () => {
      const res = await request(backend.server).get(
        '/api/catalog/entities/by-query?limit=1000&filter=kind=vendor,kind=martechtool',
      );
      return (res.body.items as Entity[])
        .map(identity)
        .sort((a, b) => a.ref.localeCompare(b.ref));
    };

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const config = demoInventoryConfig({ onRequestOnly: true });
      backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleMaas,
          probe.plugin,
          sharedEvents().factory,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              ...config,
              catalog: {
                ...config.catalog,
                rules: [{ allow: ['Location', 'Vendor', 'MartechTool'] }],
              },
            },
          }),
        ],
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    it('makes an entity of every good row and reports the bad one with its row and column', async () => {
      await probe.requestImport();
      const entities = await eventually(
        'the sample to be imported',
        async () => {
          const found = await imported();
          return probe.results.length > 0 && found.length === 22
            ? found
            : undefined;
        },
      );
      const count = (kind: string) =>
        entities.filter(e => e.ref.startsWith(`${kind}:`)).length;
      expect(count('martechtool')).toBe(11);
      expect(count('vendor')).toBe(11);
      expect(entities.map(e => e.ref)).not.toContain(
        'martechtool:default/canva-teams',
      );

      const [result] = probe.results;
      expect(result).toMatchObject({
        providerId: 'nordics',
        sheet: 'Tools',
        status: 'imported-with-problems',
        rows: 12,
        entities: { vendors: 11, tools: 11 },
        problemCount: 1,
      });
      expect(result.problems).toEqual([
        expect.objectContaining({
          row: 9,
          column: 'Licences active',
          cell: 'I9',
          level: 'error',
        }),
      ]);
    });

    it('changes nothing when the same file is imported again', async () => {
      const before = await imported();
      await probe.requestImport();
      await eventually('the second import', async () =>
        probe.results.length >= 2 ? true : undefined,
      );
      expect(probe.results[1]).toMatchObject({
        status: 'imported-with-problems',
        entities: { vendors: 11, tools: 11 },
        problemCount: 1,
      });
      // Same entities, same uids: none was removed and added back, none changed.
      expect(await imported()).toEqual(before);
    });
  },
);

describe('InventoryEntityProvider', () => {
  const demo = demoInventoryConfig();

  function provider(source: string, urlReader = mockServices.urlReader.mock()) {
    const [config] = InventoryEntityProvider.fromConfig(
      mockServices.rootConfig({
        data: {
          catalog: {
            providers: {
              maasInventory: {
                nordics: {
                  ...demo.catalog.providers.maasInventory.nordics,
                  source,
                },
              },
            },
          },
        },
      }),
      {
        taxonomy: Taxonomy.fromConfig(demo.maas.taxonomy),
        logger: mockServices.logger.mock(),
        scheduler: {
          createScheduledTaskRunner: () => ({ run: async () => {} }),
        } as any,
        urlReader,
      },
    );
    return config;
  }

  it('keeps what the catalogue has when the file cannot be read, and says why', async () => {
    const missing = provider('/nowhere/inventory.xlsx');
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    await missing.connect(connection);
    const result = await missing.refresh();
    expect(connection.applyMutation).not.toHaveBeenCalled();
    expect(result).toMatchObject({
      providerId: 'nordics',
      status: 'failed',
      entities: { vendors: 0, tools: 0 },
      error: expect.stringContaining('/nowhere/inventory.xlsx'),
    });
  });

  it('reads a source given as a URL through the URL reader, as it reads a file', async () => {
    const url = 'https://files.example.com/inventory/martech-inventory.xlsx';
    const urlReader = mockServices.urlReader.mock({
      readUrl: async () => ({
        buffer: async () =>
          readFileSync(demo.catalog.providers.maasInventory.nordics.source),
      }),
    });
    const remote = provider(url, urlReader);
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    await remote.connect(connection);
    const result = await remote.refresh();
    expect(urlReader.readUrl).toHaveBeenCalledWith(url);
    expect(result).toMatchObject({
      source: url,
      status: 'imported-with-problems',
      entities: { tools: 11, vendors: 11 },
      problemCount: 1,
    });
    expect(connection.applyMutation).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'full' }),
    );
  });

  it('is named after its id', () => {
    expect(provider('x.xlsx').getProviderName()).toBe(
      'maas-inventory-provider:nordics',
    );
  });
});
