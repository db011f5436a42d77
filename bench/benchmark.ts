/*
 * The MaaS benchmark: see bench/README.md. Run it with `bash bench/run.sh`.
 */
import { rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BackendProcess } from '../packages/backend/src/testing/startBackendProcess';
import {
  auth,
  ENDPOINTS,
  RAW_READS,
  rawRead,
  READ_KINDS,
  rssMb,
  start,
  stopAll,
  timed,
  waitForIngest,
  waitForProjection,
} from './backends';
import {
  arg,
  databaseConfig,
  dropPostgres,
  now,
  stats,
  writeResults,
} from './common';
import {
  generateComponentCatalog,
  generateMaasCatalog,
} from './generateCatalog';
import { liveHeapMb } from './liveHeap';
import { burst, editVisibility, signIn } from './manyUsers';

const sizes = arg('sizes', '1000,10000').split(',').map(Number);
const databases = arg('databases', 'sqlite,postgres').split(',');
const calls = Number(arg('calls', '20'));
// Report calls between the two memory readings (fewer at 100k, where a cold call takes seconds).
const memoryCalls = Number(arg('memory-calls', '100'));
// Distinct signed-in users opening the four views at once, and catalogue edits timed.
const users = Number(arg('users', '50'));
const edits = Number(arg('edits', '10'));
const workDir = resolve(__dirname, '.work');

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
  const maasSplit = await waitForIngest(backend, READ_KINDS, maasTotal, {
    since: t,
    catalogDatabase: db === 'postgres' ? `${name}_maas_catalog` : undefined,
  });
  const maasIngestMs = now() - t;
  log(`ingested ${maasTotal} entities in ${Math.round(maasIngestMs)} ms`);
  // The views' projection follows processing; how long after the catalogue it is complete.
  await waitForProjection(backend, maasCatalog.counts);
  result.projectionAfterIngestMs = Math.round(now() - t - maasIngestMs);

  // The raw read and the reports take turns, so each ratio compares calls made under the same
  // background load: right after an ingest the catalogue goes on stitching relations for a
  // while (minutes at 100k).
  const rawTimes = new Map<string, number[]>(
    Object.keys(RAW_READS).map(r => [r, []]),
  );
  const coldTimes = new Map<string, number[]>(ENDPOINTS.map(e => [e, []]));
  let firstRss = 0;
  let firstHeap = 0;
  let firstRoundHeap = 0;
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
    // After the first call only the vendors view has been computed; after the first round
    // every view has, with what each keeps per version, so growth past this reading is what
    // repeated calls leave alive.
    if (!firstRoundHeap) firstRoundHeap = await liveHeapMb(backend.inspectPort);
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
    liveHeapAfterFirstRoundMb: firstRoundHeap,
    liveHeapAfterMoreCallsMb: await liveHeapMb(backend.inspectPort),
  };
  log(`memory ${JSON.stringify(result.memory)}`);
  result.measurements = await measurementThroughput(backend);
  log(`measurements ${JSON.stringify(result.measurements)}`);
  await backend.stop();

  // 2. Same database, cache on: many users at once, then warm figures, then edits.
  backend = await start(maasDb, maasCatalog, 600);
  await waitForIngest(backend, READ_KINDS, maasTotal);
  await waitForProjection(backend, maasCatalog.counts);
  const people = await signIn(
    backend,
    Array.from({ length: users }, (_, i) => `u${i}`),
  );
  // The first burst finds nothing computed; the second what the first left.
  const usersCold = await burst(backend, people, ENDPOINTS);
  log(
    `${users} users x ${ENDPOINTS.length} views, cold ${JSON.stringify(
      usersCold,
    )}`,
  );
  const usersWarm = await burst(backend, people, ENDPOINTS);
  log(
    `${users} users x ${ENDPOINTS.length} views, warm ${JSON.stringify(
      usersWarm,
    )}`,
  );
  result.manyUsers = { users, cold: usersCold, warm: usersWarm };
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
  // Edits shown on every replica: on PostgreSQL a second backend shares the databases.
  const replica =
    db === 'postgres' ? await start(maasDb, maasCatalog, 600) : undefined;
  if (replica) await waitForProjection(replica, maasCatalog.counts);
  result.edits = await editVisibility({
    backends: replica ? [backend, replica] : [backend],
    headers: auth,
    file: maasCatalog.files.find(f => f.includes('maas-'))!,
    edits,
  });
  log(`edits ${JSON.stringify(result.edits)}`);
  await replica?.stop();
  await backend.stop();

  // 3. The baseline: as many plain Components.
  const componentDb = databaseConfig(db, `${name}_comp`);
  const componentTotal = Object.values(componentCatalog.counts).reduce(
    (a, b) => a + b,
    0,
  );
  t = now();
  backend = await start(componentDb, componentCatalog, 0);
  const componentSplit = await waitForIngest(
    backend,
    ['component', 'group', 'user'],
    componentTotal,
    {
      since: t,
      catalogDatabase: db === 'postgres' ? `${name}_comp_catalog` : undefined,
    },
  );
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
    // Until every entity was processed; the rest of each ingest is stitching.
    maasProcessedMs: maasSplit.processedMs,
    componentsProcessedMs: componentSplit.processedMs,
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
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const file = join(
    __dirname,
    'results',
    `${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  for (const db of databases) {
    for (const size of sizes) {
      results.push(await benchSize(db, size));
      // Written after each size: a long run that fails later keeps what it measured.
      writeResults(file, { calls, memoryCalls, users, edits, results });
    }
  }
  console.log(`results written to ${file}`);
}

main().catch(async error => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
