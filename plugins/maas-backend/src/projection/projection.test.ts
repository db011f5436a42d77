import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import {
  MaasTestBackend,
  MaasTestReplicas,
  startMaasTestBackend,
  startMaasTestReplicas,
} from '@internal/maas-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { stringify } from 'yaml';
import { maasPlugin } from '../plugin';

jest.setTimeout(600_000);

/** A user the policy lets read vendors only, as a conditional decision the catalogue applies. */
const vendorReader = 'user:default/vendor-reader';

const permissions = mockServices.permissions.mock({
  authorize: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })) as any,
  authorizeConditional: async (requests, options) =>
    requests.map(() =>
      (options.credentials.principal as any).userEntityRef === vendorReader
        ? {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_KIND',
              resourceType: 'catalog-entity',
              params: { kinds: ['Vendor'] },
            },
          }
        : { result: AuthorizeResult.ALLOW },
    ) as any,
});

const tool = (lifecycle: string, name = 'projection-probe'): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'MartechTool',
  metadata: { name, title: 'Projection probe' },
  spec: {
    vendor: 'vendor:braze',
    owner: 'group:crm',
    technicalOwner: 'group:martech-it',
    category: 'engagement',
    capabilities: ['email-sending'],
    lifecycle,
    sla: { support: '24x7' },
  },
});

async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the projection, on two backends sharing one database', () => {
  const postgres = TestDatabases.create({ ids: ['POSTGRES_15'] });
  const sqlite = TestDatabases.create({ ids: ['SQLITE_3'] });
  // Replicas share a database server; without one, both backends share one SQLite connection.
  const id: TestDatabaseId = postgres.supports('POSTGRES_15')
    ? 'POSTGRES_15'
    : 'SQLITE_3';
  const databases = id === 'POSTGRES_15' ? postgres : sqlite;

  const dir = mkdtempSync(join(tmpdir(), 'maas-projection-'));
  const file = join(dir, 'probe.yaml');
  const write = (entities: Entity[]) =>
    writeFileSync(file, entities.map(e => stringify(e)).join('---\n'));

  let first: MaasTestBackend;
  let second: MaasTestBackend;
  let replicas: MaasTestReplicas | undefined;
  let shared: Record<'catalog' | 'maas', Knex>;

  beforeAll(async () => {
    write([tool('active')]);
    shared = {
      catalog: await databases.init(id),
      maas: await databases.init(id),
    };
    const start = () =>
      startMaasTestBackend({
        databases,
        databaseId: id,
        sharedDatabases: shared,
        locations: [file],
        config: {
          maas: { projection: { reconcileSeconds: 1, graceSeconds: 2 } },
        },
        features: [
          catalogPlugin,
          catalogModuleMaas,
          maasPlugin,
          schedulerServiceFactory,
          permissions.factory,
        ],
      });
    replicas = await startMaasTestReplicas(start);
    ({ first, second } = replicas);
  });

  afterAll(async () => {
    await replicas?.stop();
  });

  /**
   * Asks the catalogue to process an entity again now, as an SCM webhook or the refresh button
   * does (the file's location, to read an edited file).
   */
  const refresh = async (entityRef: string) => {
    const res = await request(first.backend.server)
      .post('/api/catalog/refresh')
      .send({ entityRef });
    expect(res.status).toBe(200);
  };
  const refreshFile = async () => {
    const res = await request(first.backend.server).get(
      `/api/catalog/entities/by-query?filter=kind=location,spec.target=${encodeURIComponent(
        file,
      )}`,
    );
    const [location] = res.body.items as Entity[];
    await refresh(`location:default/${location.metadata.name}`);
  };

  const probeOn = async (
    backend: MaasTestBackend,
    name = 'projection-probe',
  ) => {
    const res = await request(backend.backend.server).get('/api/maas/tools');
    expect(res.status).toBe(200);
    return res.body.items.find(
      (t: any) => t.ref === `martechtool:default/${name}`,
    );
  };

  it('shows a catalogue edit in the views of both replicas', async () => {
    for (const backend of [first, second]) {
      await eventually('the probe on each replica', async () =>
        (await probeOn(backend))?.lifecycle === 'active' ? true : undefined,
      );
    }
    write([tool('sunsetting'), tool('evaluation', 'projection-added')]);
    await refreshFile();
    for (const backend of [first, second]) {
      await eventually('the edit on each replica', async () =>
        (await probeOn(backend))?.lifecycle === 'sunsetting' ? true : undefined,
      );
      await eventually('the new tool on each replica', async () =>
        (await probeOn(backend, 'projection-added')) ? true : undefined,
      );
    }
    expect((await probeOn(first))?.lifecycle).toBe('sunsetting');
  });

  it('drops an entity the catalogue deleted from the views of both replicas', async () => {
    // Out of the file first, or the location would bring it back.
    write([tool('sunsetting')]);
    await refreshFile();
    // Once the location no longer emits it, the entity is an orphan: deleted by the catalogue
    // when its orphan strategy says so, or here through its API.
    const byName =
      '/api/catalog/entities/by-name/martechtool/default/projection-added';
    const orphan = await eventually('the orphan', async () => {
      const res = await request(first.backend.server).get(byName);
      if (res.status === 404) return 'deleted';
      if (res.body?.metadata?.annotations?.['backstage.io/orphan']) {
        return res.body as Entity;
      }
      // Stitched again, it gets its orphan mark.
      await request(first.backend.server)
        .post('/api/catalog/refresh')
        .send({ entityRef: 'martechtool:default/projection-added' });
      return undefined;
    });
    if (orphan !== 'deleted') {
      await request(first.backend.server).delete(
        `/api/catalog/entities/by-uid/${orphan.metadata.uid}`,
      );
    }
    expect((await request(first.backend.server).get(byName)).status).toBe(404);
    // No event announces a deletion: the reconciliation finds it.
    for (const backend of [first, second]) {
      await eventually('the deletion on each replica', async () =>
        (await probeOn(backend, 'projection-added')) ? undefined : true,
      );
    }
    expect((await probeOn(second))?.lifecycle).toBe('sunsetting');
  });

  it('shows a user only what the catalogue lets them read, whatever was cached for others', async () => {
    /** The items of a view, as a user (the default mock user when none). */
    const items = async <T>(path: string, user?: string): Promise<T[]> => {
      const req = request(second.backend.server).get(`/api/maas${path}`);
      const res = user
        ? await req.set('Authorization', mockCredentials.user.header(user))
        : await req;
      expect(res.status).toBe(200);
      return res.body.items;
    };
    const vendors = (user?: string) =>
      items<{ ref: string; tools: unknown[] }>('/vendors', user);
    const tools = (user?: string) => items<unknown>('/tools', user);
    // Computed and cached for a user who reads everything first.
    expect((await tools()).length).toBeGreaterThan(40);
    const everyone = await vendors();
    expect(everyone.some(v => v.tools.length > 0)).toBe(true);
    // The vendor reader may read vendors and nothing else: no tool anywhere.
    expect(await tools(vendorReader)).toEqual([]);
    const theirs = await vendors(vendorReader);
    expect(theirs.map(v => v.ref).sort()).toEqual(
      everyone.map(v => v.ref).sort(),
    );
    expect(theirs.every(v => v.tools.length === 0)).toBe(true);
    // And the others still see everything.
    expect((await tools()).length).toBeGreaterThan(40);
  });

  it('leaves the projection as it is while the catalogue processes unchanged entities again', async () => {
    const state = async () =>
      shared.maas('maas_projection_state').where({ id: 1 }).first();
    const processedAt = async () =>
      String(
        (
          await shared
            .catalog('refresh_state')
            .where({ entity_ref: 'martechtool:default/projection-probe' })
            .first()
        ).next_update_at,
      );
    const before = await state();
    const scheduled = await processedAt();
    // The catalogue processes the probe again (its event is published) ...
    await refresh('martechtool:default/projection-probe');
    await eventually('another processing', async () =>
      (await processedAt()) !== scheduled ? true : undefined,
    );
    // ... and two reconciliations read the catalogue after that.
    for (let i = 0; i < 2; i++) {
      const last = String((await state()).reconciled_at);
      await eventually('a reconciliation', async () =>
        String((await state()).reconciled_at) !== last ? true : undefined,
      );
    }
    expect(Number((await state()).version)).toBe(Number(before.version));
  });

  it('shows the component a glossary term names as its implementation on both replicas', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'projection-component',
        title: 'Projection component',
        description: 'Computes the probe term.',
      },
      spec: { type: 'service', owner: 'group:data-platform', lifecycle: 'x' },
    };
    const term: Entity = {
      apiVersion: 'maas.dev/v1alpha1',
      kind: 'GlossaryTerm',
      metadata: { name: 'projection-term', title: 'Projection term' },
      spec: {
        owner: 'group:crm',
        technicalOwner: 'group:data-platform',
        definition: 'A term the projection test names.',
        status: 'approved',
        implementedBy: ['component:projection-component'],
      },
    };
    write([tool('sunsetting'), term, component]);
    await refreshFile();
    for (const backend of [first, second]) {
      const implementation = await eventually(
        'the implementation on each replica',
        async () => {
          const res = await request(backend.backend.server).get(
            '/api/maas/glossary/default/projection-term',
          );
          const [found] = res.body?.implementedBy ?? [];
          return found?.inCatalogue ? found : undefined;
        },
      );
      expect(implementation).toMatchObject({
        ref: 'component:default/projection-component',
        kind: 'Component',
        title: 'Projection component',
      });
    }
    // In outline: what the glossary reads, not the component's description.
    const row = await shared
      .maas('maas_projection_entities')
      .where({ entity_ref: 'component:default/projection-component' })
      .first();
    expect(JSON.parse(row.entity).metadata).toEqual({
      name: 'projection-component',
      namespace: 'default',
      title: 'Projection component',
    });
  });
});
