#!/usr/bin/env node
// Writes a Backstage release manifest built from the npm registry, for
// `BACKSTAGE_MANIFEST_FILE=<file> backstage-cli versions:bump`, which cannot fetch the published
// manifest from this network. Every @backstage/* package the workspaces name (or the app in
// each `--root`; the option may be repeated) gets the version its registry `latest` tag points to, or with `--before <date>` the
// newest stable version published before that day (how the manifest of an earlier release is
// rebuilt). The release number is the one given on the command line.
//
//   node scripts/backstage-release-manifest.mjs 1.57.0 > .tools/manifest.json
//   node scripts/backstage-release-manifest.mjs 1.55.0 --before 2026-10-01 --root ../some-app
//   node scripts/backstage-release-manifest.mjs 1.57.0 --root . --root ../some-app
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import semver from 'semver';

const run = promisify(execFile);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    before: { type: 'string' },
    root: { type: 'string', multiple: true },
  },
});
const [releaseVersion] = positionals;
if (!semver.valid(releaseVersion ?? '')) {
  console.error(
    'usage: backstage-release-manifest.mjs <release, e.g. 1.57.0> [--before YYYY-MM-DD] [--root <repo>]...',
  );
  process.exit(2);
}

const roots = (values.root ?? [new URL('..', import.meta.url).pathname]).map(
  r => resolve(r),
);
const manifests = [];
for (const root of roots) {
  manifests.push(join(root, 'package.json'));
  for (const dir of ['packages', 'plugins']) {
    if (!existsSync(join(root, dir))) continue;
    for (const entry of readdirSync(join(root, dir))) {
      const file = join(root, dir, entry, 'package.json');
      if (existsSync(file)) manifests.push(file);
    }
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

async function npmView(name, field) {
  const { stdout } = await run('npm', ['view', name, field, '--json']);
  return JSON.parse(stdout);
}

async function versionOf(name) {
  if (!values.before) return (await npmView(name, 'dist-tags')).latest;
  const cutoff = new Date(values.before).getTime();
  const published = Object.entries(await npmView(name, 'time'))
    .filter(([v, at]) => semver.valid(v) && !semver.prerelease(v))
    .filter(([, at]) => new Date(at).getTime() < cutoff)
    .map(([v]) => v);
  return semver.rsort(published)[0];
}

// A few registry look-ups at a time.
const queue = [...names].sort();
const packages = [];
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (queue.length) {
      const name = queue.shift();
      const version = await versionOf(name);
      if (version) packages.push({ name, version });
      else
        console.error(`${name}: no version published before ${values.before}`);
    }
  }),
);
packages.sort((a, b) => a.name.localeCompare(b.name));
process.stdout.write(
  `${JSON.stringify({ releaseVersion, packages }, null, 2)}\n`,
);
