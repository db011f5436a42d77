/*
 * Many people at once, and how soon an edit shows: see bench/README.md. Used by the report
 * benchmark for each size, and runnable alone: `bash bench/run.sh users`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { BackendProcess } from '../packages/backend/src/testing/startBackendProcess';
import {
  auth,
  ENDPOINTS,
  RAW_READS,
  rawRead,
  READ_KINDS,
  start,
  stopAll,
  tryJson,
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
import { generateMaasCatalog } from './generateCatalog';

type Headers = Record<string, string>;

/** Signs `count` distinct catalogue users in (the development `demo` provider), one token each. */
export async function signIn(
  backend: BackendProcess,
  users: string[],
): Promise<Headers[]> {
  return Promise.all(
    users.map(async user => {
      const res = await fetch(
        `${backend.baseUrl}/api/auth/demo/refresh?user=${user}`,
        { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
      );
      if (!res.ok) throw new Error(`sign-in of ${user}: ${res.status}`);
      const token = (await res.json()).backstageIdentity.token;
      return { Authorization: `Bearer ${token}` };
    }),
  );
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/**
 * One GET as a browser makes it (gzip accepted), timed until its last byte has arrived; the body
 * is not decompressed, so the figure is the backend's, not this client's decompression of
 * megabytes of JSON for 50 people on one core.
 */
function get(
  url: string,
  headers: Headers,
  agent: Agent,
  timeoutMs: number,
): Promise<number> {
  return new Promise((answered, failed) => {
    const req = request(
      url,
      { headers: { ...headers, 'Accept-Encoding': 'gzip' }, agent },
      res => {
        res.on('data', () => {});
        res.on('end', () =>
          res.statusCode === 200
            ? answered(res.statusCode)
            : failed(new Error(String(res.statusCode))),
        );
        res.on('error', failed);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timed out')));
    req.on('error', failed);
    req.end();
  });
}

/**
 * Every user opens every view at the same moment; the latency of each request, the errors and
 * the backend's peak resident set while they are answered.
 */
export async function burst(
  backend: BackendProcess,
  users: Headers[],
  endpoints: string[],
  timeoutMs = 420_000,
) {
  let peakRss = rssMb(backend.pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(backend.pid));
  }, 50);
  // One connection per request, as 50 browsers would open.
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const started = now();
  const errors: string[] = [];
  const times = await Promise.all(
    users.flatMap(headers =>
      endpoints.map(async endpoint => {
        const t = now();
        try {
          await get(`${backend.baseUrl}${endpoint}`, headers, agent, timeoutMs);
        } catch (error) {
          errors.push(`${endpoint}: ${error}`);
        }
        return now() - t;
      }),
    ),
  );
  clearInterval(sampler);
  agent.destroy();
  return {
    requests: times.length,
    errors: errors.length,
    firstErrors: errors.slice(0, 3),
    ...stats(times),
    max: Math.round(Math.max(...times)),
    wallMs: Math.round(now() - started),
    peakRssMb: Math.max(peakRss, rssMb(backend.pid)),
  };
}

/** The Location entity the catalogue made of a file location of the config. */
async function locationOf(
  backend: BackendProcess,
  headers: Headers,
  file: string,
): Promise<string> {
  const body = await tryJson(
    backend,
    `/api/catalog/entities/by-query?limit=500&filter=kind=location`,
    headers,
  );
  const location = body?.items.find((l: any) =>
    String(l.spec?.target ?? '').endsWith(basename(file)),
  );
  if (!location) throw new Error(`no location for ${file}`);
  return `location:${location.metadata.namespace}/${location.metadata.name}`;
}

/** Asks the catalogue to process an entity again, trying again if the connection drops. */
async function refresh(
  backend: BackendProcess,
  headers: Headers,
  entityRef: string,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${backend.baseUrl}/api/catalog/refresh`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ entityRef }),
      });
      if (res.ok) return;
      throw new Error(`refresh: ${res.status}`);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function waitUntil(probe: () => Promise<boolean>, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error('timed out waiting for an edit to show');
}

/**
 * Edits tools' lifecycles in their catalogue file, one after the other, asks the catalogue to
 * refresh the file's location (as an SCM webhook or the refresh button does), and times how long
 * each edit takes to show: in the catalogue's own API, and in the `/tools` view of every backend
 * given (replicas on one database). Views are keyed by the projection's version, so every view
 * of a replica changes with the same version.
 */
export async function editVisibility(options: {
  backends: BackendProcess[];
  headers: Headers;
  file: string;
  edits: number;
}) {
  const { backends, headers, file, edits } = options;
  const [first] = backends;
  const location = await locationOf(first, headers, file);
  const catalogMs: number[] = [];
  const viewMs: number[] = [];
  for (let i = 0; i < edits; i++) {
    const docs = parseAllDocuments(readFileSync(file, 'utf8')).map(d =>
      d.toJS(),
    );
    const tools = docs.filter(d => d.kind === 'MartechTool');
    const tool = tools[(i * 37) % tools.length];
    const lifecycle =
      tool.spec.lifecycle === 'active' ? 'sunsetting' : 'active';
    tool.spec.lifecycle = lifecycle;
    writeFileSync(file, docs.map(d => stringify(d)).join('---\n'));
    const t = now();
    await refresh(first, headers, location);
    const ref = `martechtool:default/${tool.metadata.name}`;
    await Promise.all([
      waitUntil(async () => {
        const entity = await tryJson(
          first,
          `/api/catalog/entities/by-name/martechtool/default/${tool.metadata.name}`,
          headers,
        );
        if (entity?.spec?.lifecycle !== lifecycle) return false;
        catalogMs.push(now() - t);
        return true;
      }),
      ...backends.map(backend =>
        waitUntil(async () => {
          const view = await tryJson(backend, '/api/maas/tools', headers);
          const item = view?.items.find((x: any) => x.ref === ref);
          if (item?.lifecycle !== lifecycle) return false;
          viewMs.push(now() - t);
          return true;
        }),
      ),
    ]);
  }
  return {
    edits,
    replicas: backends.length,
    catalog: stats(catalogMs),
    views: stats(viewMs),
  };
}

/**
 * Alone (`bash bench/run.sh users [--sizes 10000] [--databases postgres] [--users 50]
 * [--edits 10]`): the many-users and edit scenarios, with the raw catalogue read of the same run.
 */
async function main() {
  const sizes = arg('sizes', '10000').split(',').map(Number);
  const databases = arg('databases', 'postgres').split(',');
  const users = Number(arg('users', '50'));
  const edits = Number(arg('edits', '10'));
  const results = [];
  for (const db of databases) {
    for (const size of sizes) {
      const log = (msg: string) => console.log(`[${db} ${size}] ${msg}`);
      const dir = join(resolve(__dirname, '.work'), `users-${size}`);
      rmSync(dir, { recursive: true, force: true });
      const catalog = generateMaasCatalog(dir, size);
      const total = Object.values(catalog.counts).reduce((a, b) => a + b, 0);
      const name = `maasusers_${size}_${process.pid}`;
      const database = databaseConfig(db, name);
      const backend = await start(database, catalog, 60);
      await waitForIngest(backend, READ_KINDS, total);
      await waitForProjection(backend, catalog.counts);
      log('ingested');
      const raw: number[] = [];
      for (let i = 0; i < 5; i++)
        raw.push(await rawRead(backend, RAW_READS.asReports));
      const rawRead5 = stats(raw);
      log(`raw read ${JSON.stringify(rawRead5)}`);
      const people = await signIn(
        backend,
        Array.from({ length: users }, (_, i) => `u${i}`),
      );
      const cold = await burst(backend, people, ENDPOINTS);
      log(`cold ${JSON.stringify(cold)}`);
      const warm = await burst(backend, people, ENDPOINTS);
      log(`warm ${JSON.stringify(warm)}`);
      const replica =
        db === 'postgres' ? await start(database, catalog, 60) : undefined;
      if (replica) await waitForProjection(replica, catalog.counts);
      const edited = await editVisibility({
        backends: replica ? [backend, replica] : [backend],
        headers: auth,
        file: catalog.files.find(f => f.includes('maas-'))!,
        edits,
      });
      log(`edits ${JSON.stringify(edited)}`);
      await replica?.stop();
      await backend.stop();
      if (db === 'postgres') await dropPostgres(`${name}_`);
      results.push({
        database: db,
        size,
        rawRead: rawRead5,
        users,
        cold,
        warm,
        edits: edited,
      });
    }
  }
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const file = join(
    __dirname,
    'results',
    `users-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeResults(file, { results });
  console.log(`results written to ${file}`);
}

if (require.main === module) {
  main().catch(async error => {
    console.error(error);
    await stopAll();
    process.exit(1);
  });
}
