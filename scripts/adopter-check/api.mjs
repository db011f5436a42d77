#!/usr/bin/env node
// The adopter app's MaaS API as its guest user: waits until the catalogue holds every entity of
// the examples (each MaaS one through the MaaS processor), signs the guest in again to get its
// groups (it must have one), then reads /api/maas/vendors (one item per example vendor) and
// /api/maas/audit.
//
//   node api.mjs <backend url> <examples folder>
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// yaml is a dependency of this repository, not of the adopter's app.
const require = createRequire(new URL('../../package.json', import.meta.url));
const YAML = require('yaml');

const [backend, examples] = process.argv.slice(2);
if (!backend || !examples) {
  console.error('usage: api.mjs <backend url> <examples folder>');
  process.exit(2);
}

/** Every entity reference the example files define. */
const exampleRefs = readdirSync(examples, { recursive: true })
  .filter(file => file.endsWith('.yaml'))
  .flatMap(file =>
    YAML.parseAllDocuments(readFileSync(join(examples, file), 'utf8')).map(
      doc => doc.toJS(),
    ),
  )
  .filter(entity => entity?.kind && entity.metadata?.name)
  .map(
    ({ kind, metadata }) =>
      `${kind.toLowerCase()}:${metadata.namespace ?? 'default'}/${
        metadata.name
      }`,
  );
const vendorRefs = exampleRefs.filter(ref => ref.startsWith('vendor:'));

/** The guest's identity: its ownership comes from the catalogue as it is at sign-in. */
async function signIn() {
  const res = await fetch(`${backend}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  assert.equal(res.status, 200, `guest sign-in: ${res.status}`);
  return (await res.json()).backstageIdentity;
}
let identity = await signIn();

async function call(path, init = {}) {
  const res = await fetch(`${backend}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${identity.token}`,
      'Content-Type': 'application/json',
    },
  });
  assert.equal(
    res.status,
    200,
    `${init.method ?? 'GET'} ${path}: ${res.status} ${await res
      .clone()
      .text()}`,
  );
  return res.json();
}

// The catalogue reads the example files in the first seconds after the start; an entity that
// fails processing never arrives.
const deadline = Date.now() + 180_000;
for (;;) {
  const { items } = await call('/api/catalog/entities/by-refs', {
    method: 'POST',
    body: JSON.stringify({ entityRefs: exampleRefs, fields: ['kind'] }),
  });
  const missing = exampleRefs.filter((_, i) => !items[i]);
  if (missing.length === 0) break;
  assert.ok(
    Date.now() < deadline,
    `the catalogue still lacks ${
      missing.length
    } example entities: ${missing.join(', ')}`,
  );
  await new Promise(resolve => setTimeout(resolve, 2000));
}
console.log(`  catalogue: all ${exampleRefs.length} example entities`);

// Signed in again now that the catalogue knows the guest's groups.
identity = await signIn();
const guest = identity.identity.userEntityRef;
const teams = identity.identity.ownershipEntityRefs.filter(r =>
  r.startsWith('group:'),
);
console.log(
  `  signed in as ${guest}, member of ${teams.join(', ') || 'no group'}`,
);
assert.ok(teams.length > 0, `the guest (${guest}) belongs to no group`);

const { items: vendors } = await call('/api/maas/vendors');
assert.equal(
  vendors.length,
  vendorRefs.length,
  'one /api/maas/vendors item per example vendor',
);
const audit = await call('/api/maas/audit');
assert.ok(Array.isArray(audit.findings), '/api/maas/audit answers findings');
console.log(
  `  /api/maas/vendors: ${vendors.length} vendors; /api/maas/audit: ${audit.findings.length} findings`,
);
