/*
 * Campaign launches per second, end to end: task created through the scaffolder's task API →
 * campaign recorded by maas-backend → Campaign entity in the catalogue. See bench/README.md.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  arg,
  databaseConfig,
  dropPostgres,
  now,
  stats,
  writeResults,
} from './common';
import {
  BackendProcess,
  startBackendProcess,
} from '../packages/backend/src/testing/startBackendProcess';

const total = Number(arg('launches', '200'));
const inFlight = Number(arg('concurrency', '10'));
const databases = arg('databases', 'sqlite,postgres').split(',');
async function guestToken(backend: BackendProcess): Promise<string> {
  const res = await fetch(`${backend.baseUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  return (await res.json()).backstageIdentity.token;
}

async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 300_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** When each launch was created, its task completed, and its entity was first seen. */
interface LaunchTimes {
  created: number;
  completed?: number;
  visible?: number;
}

/**
 * Waits for a task's completion event on its event stream, as the scaffolder's own page does,
 * rather than polling the task: a poll costs the backend an authenticated, permission-checked
 * request, and ten clients polling every 100 ms took about a quarter of its CPU.
 */
async function waitForCompletion(
  backend: BackendProcess,
  headers: Record<string, string>,
  id: string,
): Promise<void> {
  const res = await fetch(
    `${backend.baseUrl}/api/scaffolder/v2/tasks/${id}/eventstream`,
    { headers },
  );
  if (!res.ok || !res.body) throw new Error(`task ${id}: ${res.status}`);
  const decoder = new TextDecoder();
  const log: string[] = [];
  let buffered = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const data = buffered
        .slice(0, end)
        .split('\n')
        .find(line => line.startsWith('data: '));
      buffered = buffered.slice(end + 2);
      if (!data) continue;
      const event = JSON.parse(data.slice('data: '.length));
      if (event.body?.message) log.push(event.body.message);
      if (event.type !== 'completion') continue;
      await res.body.cancel().catch(() => {});
      // The completion event says "Run completed with status: …", with an error when it failed.
      if (/status: completed$/.test(event.body?.message ?? '')) return;
      throw new Error(`task ${id}: ${event.body?.message}\n${log.join('\n')}`);
    }
  }
  throw new Error(`task ${id}: the event stream ended before the task did`);
}

/** Creates one launch through the scaffolder's task API and waits for its task to complete. */
async function launchOnce(
  backend: BackendProcess,
  token: string,
  name: string,
  times: Map<string, LaunchTimes>,
): Promise<void> {
  const headers = {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
  const launch: LaunchTimes = { created: now() };
  times.set(name, launch);
  const created = await fetch(`${backend.baseUrl}/api/scaffolder/v2/tasks`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      templateRef: 'template:default/email-nurture-journey',
      values: {
        name,
        title: `Bench ${name}`,
        owner: 'group:default/crm',
        start: '2026-12-01',
        end: '2027-01-15',
        budget: 1000,
        audience: 'audience:default/repeat-buyers',
        channel: 'martechtool:default/braze-engagement',
        holdoutPct: 10,
        baselineConversionPct: 2.5,
        minimumLiftPct: 10,
      },
    }),
  });
  if (created.status !== 201)
    throw new Error(`task: ${created.status} ${await created.text()}`);
  const { id } = await created.json();
  await waitForCompletion(backend, headers, id);
  launch.completed = now();
}

/**
 * Watches the catalogue for the launched campaigns, noting when each first appears, until
 * every launch is there.
 */
async function watchCatalogue(
  backend: BackendProcess,
  token: string,
  times: Map<string, LaunchTimes>,
  expected: number,
): Promise<void> {
  const headers = { Authorization: `Bearer ${token}` };
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    let url = `${backend.baseUrl}/api/catalog/entities/by-query?filter=kind=campaign&fields=metadata.name&limit=1000`;
    for (;;) {
      const body = await (await fetch(url, { headers })).json();
      const seenAt = now();
      for (const item of body.items ?? []) {
        const launch = times.get(item.metadata.name);
        if (launch && launch.visible === undefined) launch.visible = seenAt;
      }
      if (!body.pageInfo?.nextCursor) break;
      url = `${
        backend.baseUrl
      }/api/catalog/entities/by-query?limit=1000&cursor=${encodeURIComponent(
        body.pageInfo.nextCursor,
      )}`;
    }
    const visible = [...times.values()].filter(t => t.visible !== undefined);
    if (visible.length >= expected) return;
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error('timed out waiting for the campaigns in the catalogue');
}

async function benchDatabase(db: string) {
  const name = `maaslaunch_${process.pid}`;
  const database = databaseConfig(db, name);
  const backend = await startBackendProcess({
    timeoutMs: 300_000,
    // The demo's certified audiences taken as certified: the bench measures launches, not the
    // recording of certification keys.
    extraConfig: {
      backend: { database },
      maas: { certification: { trustCatalogue: true } },
    },
    env: { LOG_LEVEL: 'error' },
  });
  try {
    const token = await guestToken(backend);
    await waitFor('the demo catalogue and templates', async () => {
      for (const path of [
        'template/default/email-nurture-journey',
        'audience/default/repeat-buyers',
        'martechtool/default/braze-engagement',
        'dataproduct/default/order-history',
      ]) {
        const res = await fetch(
          `${backend.baseUrl}/api/catalog/entities/by-name/${path}`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        if (res.status !== 200) return false;
      }
      return true;
    });
    // Warm up the path once, end to end.
    const warmup = new Map<string, LaunchTimes>();
    await launchOnce(backend, token, `warmup-${db}`, warmup);
    await watchCatalogue(backend, token, warmup, 1);

    // `inFlight` clients each launch, wait for their task, and launch the next; the catalogue
    // is watched alongside, so a launch counts once its entity is there.
    const times = new Map<string, LaunchTimes>();
    let next = 0;
    const t = now();
    const watched = watchCatalogue(backend, token, times, total);
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < total) {
          const i = next++;
          await launchOnce(backend, token, `bench-${db}-${i}`, times);
        }
      }),
    );
    const tasksDone = now();
    await watched;
    const all = [...times.values()];
    const lastVisible = Math.max(...all.map(l => l.visible!));
    const seconds = (lastVisible - t) / 1000;
    const taskSeconds = (tasksDone - t) / 1000;
    const result = {
      database: db,
      launches: total,
      concurrency: inFlight,
      seconds: Math.round(seconds * 10) / 10,
      // Created → campaign recorded → entity in the catalogue, for the whole batch.
      launchesPerSecond: Math.round((total / seconds) * 100) / 100,
      // The scaffolder's part alone: tasks completed (campaign recorded) per second.
      tasksPerSecond: Math.round((total / taskSeconds) * 100) / 100,
      taskCompletedMs: stats(all.map(l => l.completed! - l.created)),
      // From task created to entity first seen by the watcher (250 ms polling).
      inCatalogueMs: stats(all.map(l => l.visible! - l.created)),
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    await backend.stop();
    if (db === 'postgres') await dropPostgres(`${name}_`);
  }
}

async function main() {
  const results = [];
  for (const db of databases) results.push(await benchDatabase(db));
  const dir = resolve(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(
    dir,
    `launches-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeResults(file, results);
  console.log(`results written to ${file}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
