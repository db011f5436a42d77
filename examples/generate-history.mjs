#!/usr/bin/env node
// Loads 90 days of plausible data-quality measurements for the demo's data products into a
// running backend, through the same API pipelines use, then recomputes the daily snapshots so
// the app shows trends. Deterministic (seeded per data product) and idempotent: measurements
// are unique per data product and timestamp, so running it twice adds nothing.
//
//   node examples/generate-history.mjs [--backend http://localhost:7007] [--days 90]
//
// The token is MAAS_PIPELINE_TOKEN, or the demo token of app-config.yaml.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { callMaas, seeded, userToken } from './demoApi.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const backend = option('backend', 'http://localhost:7007');
const days = Number(option('days', '90'));
const token = process.env.MAAS_PIPELINE_TOKEN ?? 'maas-demo-pipeline-token';
const here = dirname(fileURLToPath(import.meta.url));

/** Daily volume per domain, to make the events column look like each kind of data. */
const volumeByDomain = {
  behaviour: 9_000_000,
  engagement: 2_500_000,
  advertising: 600_000,
  customer: 150_000,
  commerce: 250_000,
  privacy: 80_000,
  product: 4_000,
  service: 6_000,
};

function measurementsFor(product, now) {
  const sla = product.spec.sla;
  const random = seeded(product.metadata.name);
  // Pipelines measure at least twice per freshness period.
  const stepHours = Math.min(6, (sla.freshnessHours ?? 24) / 2);
  const perDay = 24 / stepHours;
  const registered = product.metadata.annotations?.['maas.dev/registered-at'];
  const start = Math.max(
    now - days * 86_400_000,
    registered ? Date.parse(registered) : 0,
  );
  // A newly registered product takes a while to meet its SLA.
  const rampDays = registered ? 5 + Math.floor(random() * 20) : 0;
  // One bad week somewhere in the window for about a third of the products.
  const incidentDay = random() < 0.35 ? Math.floor(random() * days) : -100;
  const rows = [];
  for (
    let at = Math.ceil(start / (stepHours * 3_600_000)) * stepHours * 3_600_000;
    at <= now - 60_000;
    at += stepHours * 3_600_000
  ) {
    const day = Math.floor((at - (now - days * 86_400_000)) / 86_400_000);
    const rampingUp = at - start < rampDays * 86_400_000;
    const troubled = rampingUp || (day >= incidentDay && day < incidentDay + 6);
    const target = sla.freshnessHours ?? 24;
    const freshness =
      rampingUp || (troubled && random() < 0.6)
        ? target * (1.1 + random() * 1.5)
        : target * (0.15 + random() * 0.6) + (random() < 0.02 ? target : 0);
    const completenessTarget = sla.completenessPct ?? 95;
    const completeness = Math.min(
      100,
      troubled && random() < 0.5
        ? completenessTarget - 1 - random() * 6
        : completenessTarget +
            (100 - completenessTarget) * (0.3 + random() * 0.7),
    );
    const volume = (volumeByDomain[product.spec.domain] ?? 100_000) / perDay;
    const events = Math.round(volume * (0.8 + random() * 0.4));
    const incidents = troubled
      ? Math.floor(random() * 4)
      : random() < 0.03
      ? 1
      : 0;
    rows.push({
      timestamp: new Date(at).toISOString(),
      freshnessHours: Math.round(freshness * 10) / 10,
      completenessPct: Math.round(completeness * 100) / 100,
      events,
      incidents,
    });
  }
  return rows;
}

const call = (method, path, body, bearer = token) =>
  callMaas(backend, bearer, method, path, body);

const products = parseAllDocuments(
  readFileSync(join(here, 'maas', 'data-products.yaml'), 'utf8'),
)
  .map(d => d.toJS())
  .filter(p => p.spec.sla);

const now = Date.now();
let inserted = 0;
let sent = 0;
for (const product of products) {
  const rows = measurementsFor(product, now);
  for (let i = 0; i < rows.length; i += 1000) {
    const result = await call(
      'POST',
      `/data-products/default/${product.metadata.name}/measurements`,
      { measurements: rows.slice(i, i + 1000) },
    );
    inserted += result.inserted;
    sent += result.received;
  }
}
console.log(
  `measurements: ${sent} sent for ${products.length} data products, ${inserted} new`,
);
const user = await userToken(backend);
let backfill = await call('POST', '/history/backfill', { days }, user);
// Run by a scheduled task at a bounded rate: follow it to the end, up to ten minutes.
const deadline = Date.now() + 600_000;
while (!['done', 'failed'].includes(backfill.state) && Date.now() < deadline) {
  await new Promise(resolve => setTimeout(resolve, 2000));
  backfill = await call(
    'GET',
    `/history/backfill/${backfill.id}`,
    undefined,
    user,
  );
}
if (backfill.state !== 'done') {
  throw new Error(
    `snapshots: backfill ${backfill.id} is ${backfill.state} ${
      backfill.error ?? ''
    }`,
  );
}
console.log(
  `snapshots: ${backfill.doneDays} days recomputed (${backfill.from} to ${backfill.to})`,
);
