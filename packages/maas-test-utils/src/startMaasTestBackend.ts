import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  coreServices,
  createServiceFactory,
  resolvePackagePath,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { maasKinds } from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import request from 'supertest';
import { parseAllDocuments, stringify } from 'yaml';

/** The repository's examples folder. */
export const examplesDir = resolve(
  resolvePackagePath('@internal/maas-test-utils'),
  '../../examples',
);

export function exampleFiles(): string[] {
  return [
    join(examplesDir, 'org.yaml'),
    ...readdirSync(join(examplesDir, 'maas'))
      .filter(f => f.endsWith('.yaml'))
      .map(f => join(examplesDir, 'maas', f)),
  ];
}

/**
 * A database service giving each plugin its own fresh database, as a real backend does
 * (plugins would otherwise share one knex migrations table).
 */
function perPluginDatabases(
  databases: TestDatabases,
  id: TestDatabaseId,
  shared: Record<string, Knex> = {},
): ServiceFactory {
  const clients = new Map<string, Promise<Knex>>(
    Object.entries(shared).map(([pluginId, knex]) => [
      pluginId,
      Promise.resolve(knex),
    ]),
  );
  return createServiceFactory({
    service: coreServices.database,
    deps: { pluginMetadata: coreServices.pluginMetadata },
    factory: ({ pluginMetadata }) => {
      const pluginId = pluginMetadata.getId();
      if (!clients.has(pluginId)) clients.set(pluginId, databases.init(id));
      return { getClient: () => clients.get(pluginId)! };
    },
  });
}

/**
 * One events bus for every plugin of the backend, as Backstage's events service has in one
 * process (the test backend's default gives each plugin a bus of its own, so the catalogue
 * module's events would never reach maas-backend).
 */
const sharedEvents = createServiceFactory({
  service: eventsServiceRef,
  deps: {},
  createRootContext: () => mockServices.events(),
  factory: (_deps, bus) => bus,
});

/** Whether the features bring their own events service. */
const hasEvents = (features: unknown[]) =>
  features.some(f => (f as any)?.service?.id === eventsServiceRef.id);

export interface MaasTestBackend {
  backend: TestBackend;
  /** Waits until the catalogue holds every example entity (and `extraEntities`). */
  ready(): Promise<void>;
}

/** What {@link startMaasTestBackend} starts. */
export interface MaasTestBackendOptions {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  extraEntities?: Entity[];
  /** Load examples/ (default true). */
  examples?: boolean;
  /** Give the maas plugin this database, e.g. one that another test backend shares. */
  maasDatabase?: Knex;
  /**
   * Give plugins these databases, by plugin id, e.g. the catalogue's and maas-backend's that a
   * second test backend shares, as replicas of one deployment do.
   */
  sharedDatabases?: Record<string, Knex>;
  config?: Record<string, unknown>;
  /** The plugins and modules under test, and service overrides. */
  features: Array<ServiceFactory | Promise<any> | any>;
  /** Extra catalogue locations, e.g. templates. */
  locations?: string[];
  /**
   * Entities of kinds `ready()` does not count (templates, components), as `kind/namespace/name`,
   * that it waits for as well.
   */
  alsoWaitFor?: string[];
}

/**
 * The real catalogue with the MaaS module, the MaaS backend, the demo examples and any extra
 * entities, on the given test database.
 */
export async function startMaasTestBackend(
  options: MaasTestBackendOptions,
): Promise<MaasTestBackend> {
  const files = options.examples === false ? [] : exampleFiles();
  files.push(...(options.locations ?? []));
  if (options.extraEntities?.length) {
    const dir = mkdtempSync(join(tmpdir(), 'maas-backend-'));
    const extra = join(dir, 'extra.yaml');
    writeFileSync(
      extra,
      options.extraEntities.map(e => stringify(e)).join('---\n'),
    );
    files.push(extra);
  }
  const backend = await startTestBackend({
    features: [
      perPluginDatabases(options.databases, options.databaseId, {
        ...options.sharedDatabases,
        ...(options.maasDatabase ? { maas: options.maasDatabase } : {}),
      }),
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: [
              {
                allow: [
                  'User',
                  'Group',
                  'Location',
                  'Template',
                  // What glossary terms may name as their implementation.
                  'Component',
                  'Resource',
                  'API',
                  'System',
                  ...maasKinds,
                ],
              },
            ],
            locations: files.map(target => ({ type: 'file', target })),
            // Other catalogue settings (e.g. the processing interval) beside these.
            ...(options.config?.catalog as object | undefined),
          },
          ...Object.fromEntries(
            Object.entries(options.config ?? {}).filter(
              ([k]) => k !== 'catalog',
            ),
          ),
        },
      }),
      ...(hasEvents(options.features) ? [] : [sharedEvents]),
      ...options.features,
    ],
  });
  const counted: string[] = ['User', 'Group', ...maasKinds];
  const want = files
    .flatMap(f => parseAllDocuments(readFileSync(f, 'utf8')))
    .filter(d => counted.includes(d.toJS()?.kind)).length;
  return {
    backend,
    async ready() {
      // Generous: a loaded machine (parallel suites) ingests slowly; a quiet one is done in seconds.
      const deadline = Date.now() + 240_000;
      let last = '';
      while (Date.now() < deadline) {
        const res = await request(backend.server).get(
          `/api/catalog/entities/by-query?limit=2000&filter=kind=user,kind=group,kind=${maasKinds.join(
            ',kind=',
          )}`,
        );
        const items: Entity[] = res.body?.items ?? [];
        // Reverse relations (a group's members) are stitched a little after the users.
        const stitched = items
          .filter(e => e.kind === 'User')
          .every(user =>
            (user.relations ?? [])
              .filter(r => r.type === 'memberOf')
              .every(r =>
                items.some(
                  g =>
                    `group:default/${g.metadata.name}` === r.targetRef &&
                    (g.relations ?? []).some(
                      gr =>
                        gr.type === 'hasMember' &&
                        gr.targetRef === `user:default/${user.metadata.name}`,
                    ),
                ),
              ),
          );
        const others = await Promise.all(
          (options.alsoWaitFor ?? []).map(
            async path =>
              (
                await request(backend.server).get(
                  `/api/catalog/entities/by-name/${path}`,
                )
              ).status === 200,
          ),
        );
        if (items.length >= want && stitched && !others.includes(false)) {
          return;
        }
        last = `${
          items.length
        } of ${want} entities, members stitched: ${stitched}, ${
          others.filter(Boolean).length
        } of ${others.length} others, status ${res.status}`;
        await new Promise(r => setTimeout(r, 300));
      }
      throw new Error(
        `the catalogue did not ingest the examples in time (${last})`,
      );
    },
  };
}

/** Two test backends of one deployment, e.g. on shared databases. */
export interface MaasTestReplicas {
  first: MaasTestBackend;
  second: MaasTestBackend;
  /** Stops both, the second first. */
  stop(): Promise<void>;
}

/**
 * Starts two backends with `start`, one after the other, each ready before the next starts (so
 * the first runs the migrations alone); the first is stopped again if the second fails.
 */
export async function startMaasTestReplicas(
  start: () => Promise<MaasTestBackend>,
): Promise<MaasTestReplicas> {
  const first = await start();
  try {
    await first.ready();
    const second = await start();
    try {
      await second.ready();
    } catch (error) {
      await second.backend.stop();
      throw error;
    }
    return {
      first,
      second,
      async stop() {
        await second.backend.stop();
        await first.backend.stop();
      },
    };
  } catch (error) {
    await first.backend.stop();
    throw error;
  }
}
