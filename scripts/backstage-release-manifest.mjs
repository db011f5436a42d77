#!/usr/bin/env node
// Writes a Backstage release manifest built from the npm registry, for
// `BACKSTAGE_MANIFEST_FILE=<file> backstage-cli versions:bump`, which cannot fetch the published
// manifest from this network. Every @backstage/* package the workspaces name gets the version
// its registry `latest` tag points to; the release number is the one given on the command line.
//
//   node scripts/backstage-release-manifest.mjs 1.57.0 > .tools/manifest.json
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const [releaseVersion] = process.argv.slice(2);
if (!/^\d+\.\d+\.\d+$/.test(releaseVersion ?? '')) {
  console.error('usage: backstage-release-manifest.mjs <release, e.g. 1.57.0>');
  process.exit(2);
}

const root = resolve(new URL('..', import.meta.url).pathname);
const manifests = [join(root, 'package.json')];
for (const dir of ['packages', 'plugins']) {
  for (const entry of readdirSync(join(root, dir))) {
    const file = join(root, dir, entry, 'package.json');
    if (existsSync(file)) manifests.push(file);
  }
}
const names = new Set();
for (const file of manifests) {
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  for (const type of ['dependencies', 'devDependencies', 'peerDependencies']) {
    for (const name of Object.keys(pkg[type] ?? {})) {
      if (name.startsWith('@backstage/')) names.add(name);
    }
  }
}

async function latest(name) {
  const { stdout } = await run('npm', ['view', name, 'dist-tags.latest']);
  return { name, version: stdout.trim() };
}

// A few registry look-ups at a time.
const queue = [...names].sort();
const packages = [];
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (queue.length) packages.push(await latest(queue.shift()));
  }),
);
packages.sort((a, b) => a.name.localeCompare(b.name));
process.stdout.write(
  `${JSON.stringify({ releaseVersion, packages }, null, 2)}\n`,
);
