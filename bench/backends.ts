/*
 * What the report and many-users benchmarks share: a benchmark backend on a generated
 * catalogue, waiting for its ingest, and the raw catalogue read every figure is compared with.
 */
import { readFileSync } from 'node:fs';
import { maasKinds } from '@maas/plugin-maas-common';
import {
  BackendProcess,
  freePort,
  startBackendProcess,
} from '../packages/backend/src/testing/startBackendProcess';
import { Client } from 'pg';
import { now, postgresUrl } from './common';
import { GeneratedCatalog } from './generateCatalog';
import { inspectorEnv } from './liveHeap';

const TOKEN = 'maas-bench-token';
export const auth = { Authorization: `Bearer ${TOKEN}` };
/** What every report reads: the MaaS kinds, and the org and templates they point at. */
const MAAS_KINDS = maasKinds.map(k => k.toLowerCase());
const ORG_KINDS = ['group', 'user', 'template'];
export const READ_KINDS = [...MAAS_KINDS, ...ORG_KINDS];
export const ENDPOINTS = [
  '/api/maas/vendors',
  '/api/maas/sprawl',
  '/api/maas/audit',
  '/api/maas/kpis',
];

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Every benchmark backend still running, so a failed run stops them too. */
const running = new Set<BackendProcess>();

/** Stops every benchmark backend still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(b => b.stop()));
}

export async function start(
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
  running.add(backend);
  return {
    ...backend,
    inspectPort,
    stop: async () => {
      running.delete(backend);
      await backend.stop();
    },
  };
}

/** A GET that answers undefined when the backend does not answer (busy, or a closed socket). */
export async function tryJson(
  backend: BackendProcess,
  path: string,
  headers: Record<string, string> = auth,
): Promise<any> {
  try {
    const res = await fetch(`${backend.baseUrl}${path}`, { headers });
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}

async function count(
  backend: BackendProcess,
  kinds: string[],
): Promise<number> {
  const filter = kinds.map(k => `kind=${k}`).join(',');
  const body = await tryJson(
    backend,
    `/api/catalog/entities/by-query?limit=1&filter=${filter}`,
  );
  return body?.totalItems ?? -1;
}

/** Entities the catalogue has processed (stitched or not), read from its PostgreSQL database. */
async function processedIn(database: string): Promise<number> {
  const client = new Client({
    connectionString: `${postgresUrl}/${database}`,
  });
  try {
    await client.connect();
    const { rows } = await client.query(
      "SELECT count(*) AS n FROM refresh_state WHERE processed_entity IS NOT NULL AND entity_ref NOT LIKE 'location:%'",
    );
    return Number(rows[0].n);
  } catch {
    return -1;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Waits until the catalogue API serves `expected` entities of the kinds. With the catalogue's
 * PostgreSQL database named, also notes when every entity had been processed, so an ingest
 * splits into processing and the stitching after it: milliseconds since `since`.
 */
export async function waitForIngest(
  backend: BackendProcess,
  kinds: string[],
  expected: number,
  split?: { since: number; catalogDatabase?: string },
): Promise<{ processedMs?: number }> {
  let processedMs: number | undefined;
  for (;;) {
    if (
      split?.catalogDatabase &&
      processedMs === undefined &&
      (await processedIn(split.catalogDatabase)) >= expected
    ) {
      processedMs = Math.round(now() - split.since);
    }
    if ((await count(backend, kinds)) >= expected) return { processedMs };
    await new Promise(r => setTimeout(r, 1000));
  }
}

export async function timed(url: string, init?: RequestInit): Promise<number> {
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
export const RAW_READS: Record<string, string[]> = {
  oneFilter: [kindFilter(READ_KINDS)],
  asReports: [kindFilter(MAAS_KINDS), kindFilter(ORG_KINDS)],
};

/** The floor any report pays: reading the same entities from the catalogue API, paged. */
export async function rawRead(
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

/**
 * Waits until maas-backend's views hold every tool and vendor of the catalogue: its projection
 * follows the catalogue's processing, not its API.
 */
export async function waitForProjection(
  backend: BackendProcess,
  counts: Record<string, number>,
) {
  const items = async (path: string) =>
    (await tryJson(backend, `/api/maas${path}`))?.items.length ?? -1;
  for (;;) {
    if (
      (await items('/tools')) >= counts.MartechTool &&
      (await items('/vendors')) >= counts.Vendor
    ) {
      return;
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}
