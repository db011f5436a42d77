import { backendDatabases } from './__testUtils__/backendDatabases';
import {
  BackendProcess,
  startBackendProcess,
} from './testing/startBackendProcess';

jest.setTimeout(180_000);

// Each run gets its own database name prefix so runs never share state; dropped afterwards.
const {
  databases,
  pgPrefix,
  list: listSmokeDatabases,
  drop: dropSmokeDatabases,
} = backendDatabases('maas_smoke');

/**
 * Boots the real backend (src/index.ts, app-config.yaml, the demo catalogue) and reads the
 * catalogue over HTTP with a token issued by its own guest sign-in.
 */
describe.each(databases)('backend smoke test on %s', (name, database) => {
  let backend: BackendProcess;

  beforeAll(async () => {
    backend = await startBackendProcess({
      extraConfig: { backend: { database } },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    if (name === 'PostgreSQL') await dropSmokeDatabases();
  });

  async function guestToken(): Promise<string> {
    const res = await fetch(`${backend.baseUrl}/api/auth/guest/refresh`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    return body.backstageIdentity.token;
  }

  async function waitForEntity(token: string, ref: string) {
    const [kind, rest] = ref.split(':');
    const [namespace, entityName] = rest.split('/');
    const url = `${backend.baseUrl}/api/catalog/entities/by-name/${kind}/${namespace}/${entityName}`;
    for (let attempt = 0; attempt < 120; attempt++) {
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (res.status === 200) return res.json();
      await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(`${ref} never appeared\n${backend.output()}`);
  }

  /** Waits until the catalogue holds at least `count` entities of a kind (ingest is gradual). */
  async function waitForKindCount(token: string, kind: string, count: number) {
    const url = `${backend.baseUrl}/api/catalog/entities/by-query?filter=kind=${kind}&limit=1`;
    for (let attempt = 0; attempt < 120; attempt++) {
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (res.status === 200 && (await res.json()).totalItems >= count) return;
      await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(
      `fewer than ${count} ${kind} entities\n${backend.output()}`,
    );
  }

  it('refuses the catalogue API without credentials', async () => {
    const res = await fetch(`${backend.baseUrl}/api/catalog/entities`);
    expect(res.status).toBe(401);
  });

  it('signs in as the guest user of the demo organisation', async () => {
    const res = await fetch(`${backend.baseUrl}/api/auth/guest/refresh`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    const body = await res.json();
    expect(body.backstageIdentity.identity.userEntityRef).toBe(
      'user:default/northwind.guest',
    );
  });

  it('serves the demo catalogue to a signed-in user', async () => {
    const token = await guestToken();
    const system = await waitForEntity(
      token,
      'system:default/marketing-platform',
    );
    expect(system.spec.owner).toBe('group:marketing-ops');

    // The guest's token carries the ownership of its team once the user is ingested.
    await waitForEntity(token, 'user:default/northwind.guest');
    const fresh = await fetch(`${backend.baseUrl}/api/auth/guest/refresh`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    }).then(r => r.json());
    expect(fresh.backstageIdentity.identity.ownershipEntityRefs).toEqual(
      expect.arrayContaining(['group:default/marketing-ops']),
    );

    // The MaaS kinds are validated and related by the MaaS catalogue module.
    const tool = await waitForEntity(
      token,
      'martechtool:default/braze-engagement',
    );
    expect(tool.relations).toEqual(
      expect.arrayContaining([
        { type: 'providedBy', targetRef: 'vendor:default/braze' },
      ]),
    );

    // The groups are ingested alongside the users: wait for all 16 of examples/org.yaml.
    await waitForKindCount(token, 'group', 16);
    const res = await fetch(
      `${backend.baseUrl}/api/catalog/entities/by-query?filter=kind=group&limit=100`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((e: any) => e.metadata.name)).toEqual(
      expect.arrayContaining(['marketing-ops', 'martech-it', 'procurement']),
    );
  });

  if (name === 'PostgreSQL') {
    it('keeps the catalogue in its own PostgreSQL database', async () => {
      expect(await listSmokeDatabases()).toContain(`${pgPrefix}catalog`);
    });
  }

  it('takes measurements from pipelines with the static token, and only that', async () => {
    const token = await guestToken();
    await waitForEntity(token, 'dataproduct:default/order-history');
    const pipeline = { Authorization: 'Bearer maas-demo-pipeline-token' };
    const res = await fetch(
      `${backend.baseUrl}/api/maas/data-products/default/order-history/measurements`,
      {
        method: 'POST',
        headers: { ...pipeline, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          measurements: [
            {
              timestamp: new Date(Date.now() - 3_600_000).toISOString(),
              freshnessHours: 3,
              completenessPct: 99.5,
              events: 12000,
              incidents: 0,
            },
          ],
        }),
      },
    );
    expect(res.status).toBe(201);
    // The token is restricted to the MaaS plugin.
    const catalog = await fetch(`${backend.baseUrl}/api/catalog/entities`, {
      headers: pipeline,
    });
    expect(catalog.status).toBeGreaterThanOrEqual(401);
    expect(catalog.status).toBeLessThanOrEqual(403);
  });

  it('serves the MaaS views to the signed-in guest, who may manage plans', async () => {
    const token = await guestToken();
    await waitForKindCount(token, 'vendor', 12);
    await waitForEntity(token, 'martechtool:default/hotjar');
    const headers = { Authorization: `Bearer ${token}` };
    const vendors = await fetch(`${backend.baseUrl}/api/maas/vendors`, {
      headers,
    });
    expect(vendors.status).toBe(200);
    const { items } = await vendors.json();
    expect(items.length).toBeGreaterThanOrEqual(12);
    const plan = await fetch(`${backend.baseUrl}/api/maas/plans`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tool: 'hotjar', targetDate: '2027-03-31' }),
    });
    expect(plan.status).toBe(201);
  });
});
