/*
 * The MaaS benchmark: see bench/README.md. Run it with `bash bench/run.sh`.
 */
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { maasKinds } from '@maas/plugin-maas-common';
import {
  BackendProcess,
  freePort,
  startBackendProcess,
} from '../packages/backend/src/testing/startBackendProcess';
import {
  arg,
  databaseConfig,
  dropPostgres,
  now,
  stats,
  writeResults,
} from './common';
import {
  GeneratedCatalog,
  generateComponentCatalog,
  generateMaasCatalog,
} from './generateCatalog';
import { inspectorEnv, liveHeapMb } from './liveHeap';

const TOKEN = 'maas-bench-token';
const auth = { Authorization: `Bearer ${TOKEN}` };
/** What every report reads: the MaaS kinds, and the org and templates they point at. */
const MAAS_KINDS = maasKinds.map(k => k.toLowerCase());
const ORG_KINDS = ['group', 'user', 'template'];
const READ_KINDS = [...MAAS_KINDS, ...ORG_KINDS];
const ENDPOINTS = [
  '/api/maas/vendors',
  '/api/maas/sprawl',
  '/api/maas/audit',
  '/api/maas/kpis',
];

const sizes = arg('sizes', '1000,10000').split(',').map(Number);
const databases = arg('databases', 'sqlite,postgres').split(',');
const calls = Number(arg('calls', '20'));
// Report calls between the two memory readings (fewer at 100k, where a cold call takes seconds).
const memoryCalls = Number(arg('memory-calls', '100'));
const workDir = resolve(__dirname, '.work');

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function start(
  database: object,
  catalog: GeneratedCatalog,
  cacheTtlSeconds: number,
): Promise<BackendProcess & { inspectPort: number }> {
  const inspectPort = await freePort();
  const backend = await startBackendProcess({
    timeoutMs: 600_000,
    extraConfig: {
      backend: {
        database,
        auth: {
          externalAccess: [
            { type: 'static', options: { token: TOKEN, subject: 'bench' } },
          ],
        },
      },
      catalog: {
        rules: [
          {
            allow: ['Component', 'Group', 'User', ...maasKinds],
          },
        ],
        locations: catalog.files.map(target => ({ type: 'file', target })),
        // No periodic re-processing during the measurements: ingest is measured, not refresh.
        processingInterval: { hours: 24 },
      },
      search: {
        collators: {
          catalog: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { hours: 1 },
              initialDelay: { hours: 24 },
            },
          },
        },
      },
      maas: { cache: { ttlSeconds: cacheTtlSeconds } },
    },
    env: { LOG_LEVEL: 'error', ...inspectorEnv(inspectPort) },
  });
  return { ...backend, inspectPort };
}

async function count(
  backend: BackendProcess,
  kinds: string[],
): Promise<number> {
  const filter = kinds.map(k => `kind=${k}`).join(',');
  const res = await fetch(
    `${backend.baseUrl}/api/catalog/entities/by-query?limit=1&filter=${filter}`,
    { headers: auth },
  );
  if (!res.ok) return -1;
  return (await res.json()).totalItems;
}

async function waitForIngest(
  backend: BackendProcess,
  kinds: string[],
  expected: number,
) {
  for (;;) {
    if ((await count(backend, kinds)) >= expected) return;
    await new Promise(r => setTimeout(r, 1000));
  }
}

async function timed(url: string, init?: RequestInit): Promise<number> {
  const t = now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return now() - t;
}

/**
 * The two ways of asking the catalogue for the entities the reports read: one filter naming
 * the eight kinds, and the two filters the reports themselves send (the MaaS kinds; groups,
 * users and templates). The catalogue plans them differently, so both are timed and the faster
 * is the floor.
 */
const kindFilter = (kinds: string[]) => kinds.map(k => `kind=${k}`).join(',');
const RAW_READS: Record<string, string[]> = {
  oneFilter: [kindFilter(READ_KINDS)],
  asReports: [kindFilter(MAAS_KINDS), kindFilter(ORG_KINDS)],
};

/** The floor any report pays: reading the same entities from the catalogue API, paged. */
async function rawRead(
  backend: BackendProcess,
  filters: string[],
): Promise<number> {
  const t = now();
  const filter = filters.map(f => `&filter=${f}`).join('');
  // No total count: a paging reader does not need it (the reports skip it too).
  let url = `${backend.baseUrl}/api/catalog/entities/by-query?limit=1000&totalItems=exclude${filter}`;
  for (;;) {
    const res = await fetch(url, { headers: auth });
    const body = await res.json();
    if (!body.pageInfo?.nextCursor) break;
    url = `${
      backend.baseUrl
    }/api/catalog/entities/by-query?limit=1000&cursor=${encodeURIComponent(
      body.pageInfo.nextCursor,
    )}`;
  }
  return now() - t;
}

async function measurementThroughput(backend: BackendProcess) {
  const batches = 20;
  const start = Date.now() - 30 * 86_400_000;
  let rows = 0;
  const t = now();
  for (let b = 0; b < batches; b++) {
    const measurements = Array.from({ length: 1000 }, (_, i) => ({
      timestamp: new Date(start + (b * 1000 + i) * 60_000).toISOString(),
      freshnessHours: (i % 30) / 2,
      completenessPct: 97 + (i % 3),
      events: 10_000,
      incidents: i % 50 === 0 ? 1 : 0,
    }));
    const res = await fetch(
      `${backend.baseUrl}/api/maas/data-products/default/d0/measurements`,
      {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ measurements }),
      },
    );
    if (!res.ok)
      throw new Error(`measurements: ${res.status} ${await res.text()}`);
    rows += (await res.json()).inserted;
  }
  const seconds = (now() - t) / 1000;
  return {
    rows,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(rows / seconds),
  };
}

async function benchSize(db: string, size: number) {
  const log = (msg: string) => console.log(`[${db} ${size}] ${msg}`);
  const dir = join(workDir, String(size));
  rmSync(dir, { recursive: true, force: true });
  const maasCatalog = generateMaasCatalog(join(dir, 'maas'), size);
  const componentCatalog = generateComponentCatalog(
    join(dir, 'components'),
    size,
  );
  const maasTotal = Object.values(maasCatalog.counts).reduce(
    (a, b) => a + b,
    0,
  );
  const name = `maasbench_${size}_${process.pid}`;
  const result: Record<string, unknown> = {
    database: db,
    size,
    counts: maasCatalog.counts,
  };

  // 1. Ingest the MaaS catalogue, cache off: cold figures.
  const maasDb = databaseConfig(db, `${name}_maas`);
  let t = now();
  let backend = await start(maasDb, maasCatalog, 0);
  await waitForIngest(backend, READ_KINDS, maasTotal);
  const maasIngestMs = now() - t;
  log(`ingested ${maasTotal} entities in ${Math.round(maasIngestMs)} ms`);

  // The raw read and the reports take turns, so each ratio compares calls made under the same
  // background load: right after an ingest the catalogue goes on stitching relations for a
  // while (minutes at 100k).
  const rawTimes = new Map<string, number[]>(
    Object.keys(RAW_READS).map(r => [r, []]),
  );
  const coldTimes = new Map<string, number[]>(ENDPOINTS.map(e => [e, []]));
  let firstRss = 0;
  let firstHeap = 0;
  for (let i = 0; i < calls; i++) {
    for (const [read, filters] of Object.entries(RAW_READS)) {
      rawTimes.get(read)!.push(await rawRead(backend, filters));
    }
    for (const endpoint of ENDPOINTS) {
      coldTimes
        .get(endpoint)!
        .push(await timed(`${backend.baseUrl}${endpoint}`, { headers: auth }));
      if (!firstRss) {
        firstRss = rssMb(backend.pid);
        firstHeap = await liveHeapMb(backend.inspectPort);
      }
    }
    log(
      `round ${i + 1}/${calls}: ${[...rawTimes, ...coldTimes]
        .map(([what, times]) => `${what} ${Math.round(times[i])} ms`)
        .join(', ')}`,
    );
  }
  const rawStats = Object.fromEntries(
    [...rawTimes].map(([read, times]) => [read, stats(times)]),
  );
  // The floor is the faster way of reading the entities.
  result.rawReads = rawStats;
  result.rawRead = Object.values(rawStats).sort((a, b) => a.p50 - b.p50)[0];
  const cold = Object.fromEntries(
    ENDPOINTS.map(e => [e, stats(coldTimes.get(e)!)]),
  );
  result.cold = cold;
  for (let i = 0; i < memoryCalls; i++) {
    await timed(`${backend.baseUrl}${ENDPOINTS[i % ENDPOINTS.length]}`, {
      headers: auth,
    });
  }
  result.memory = {
    afterFirstCallMb: firstRss,
    afterMoreCalls: memoryCalls,
    afterMoreCallsMb: rssMb(backend.pid),
    // After a forced full collection: what the calls left alive.
    liveHeapAfterFirstCallMb: firstHeap,
    liveHeapAfterMoreCallsMb: await liveHeapMb(backend.inspectPort),
  };
  log(`memory ${JSON.stringify(result.memory)}`);
  result.measurements = await measurementThroughput(backend);
  log(`measurements ${JSON.stringify(result.measurements)}`);
  await backend.stop();

  // 2. Same database, cache on: warm figures.
  backend = await start(maasDb, maasCatalog, 600);
  await waitForIngest(backend, READ_KINDS, maasTotal);
  const warm: Record<string, ReturnType<typeof stats>> = {};
  for (const endpoint of ENDPOINTS) {
    await timed(`${backend.baseUrl}${endpoint}`, { headers: auth });
    const times: number[] = [];
    for (let i = 0; i < calls; i++)
      times.push(
        await timed(`${backend.baseUrl}${endpoint}`, { headers: auth }),
      );
    warm[endpoint] = stats(times);
  }
  result.warm = warm;
  log(`warm ${JSON.stringify(warm)}`);
  await backend.stop();

  // 3. The baseline: as many plain Components.
  const componentDb = databaseConfig(db, `${name}_comp`);
  const componentTotal = Object.values(componentCatalog.counts).reduce(
    (a, b) => a + b,
    0,
  );
  t = now();
  backend = await start(componentDb, componentCatalog, 0);
  await waitForIngest(backend, ['component', 'group', 'user'], componentTotal);
  const componentIngestMs = now() - t;
  await backend.stop();
  log(
    `ingested ${componentTotal} components in ${Math.round(
      componentIngestMs,
    )} ms`,
  );

  if (db === 'postgres') {
    await dropPostgres(`${name}_`);
  }
  const rawP50 = (result.rawRead as any).p50;
  result.ingest = {
    maasMs: Math.round(maasIngestMs),
    componentsMs: Math.round(componentIngestMs),
    ratio: Math.round((maasIngestMs / componentIngestMs) * 100) / 100,
  };
  result.ratios = Object.fromEntries(
    ENDPOINTS.map(e => [
      e,
      {
        cold: Math.round((cold[e].p50 / rawP50) * 100) / 100,
        warm: Math.round((warm[e].p50 / rawP50) * 1000) / 1000,
      },
    ]),
  );
  log(
    `ratios ${JSON.stringify(result.ratios)} ingest ${JSON.stringify(
      result.ingest,
    )}`,
  );
  return result;
}

async function main() {
  const results = [];
  for (const db of databases) {
    for (const size of sizes) {
      results.push(await benchSize(db, size));
    }
  }
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const file = join(
    __dirname,
    'results',
    `${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeResults(file, { calls, memoryCalls, results });
  console.log(`results written to ${file}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
