#!/usr/bin/env node
// Keeps the published plugins' @backstage/* dependency ranges wide enough for every supported
// Backstage release, so an app on any of them resolves one copy of each package (two copies of
// frontend-plugin-api or catalog-react in one app means two sets of extension and API refs).
//
// The supported releases are the manifests in scripts/backstage-releases/ (one file per release,
// written by backstage-release-manifest.mjs). Each range is the union of carets over the
// versions those releases ship: `^0.18.1 || ^1.0.0` where a major changed, `^1.10.1` where not.
// `versions:bump` rewrites ranges to the newest release only; run this after it. The apps in
// packages/ are checked too: they must name the current release's versions (backstage.json).
//
//   node scripts/compat-ranges.mjs           # rewrite the ranges
//   node scripts/compat-ranges.mjs --check   # fail when a range differs (check.sh runs this)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';

const root = resolve(new URL('..', import.meta.url).pathname);
const releasesDir = join(root, 'scripts', 'backstage-releases');
const check = process.argv.includes('--check');

const releases = readdirSync(releasesDir)
  .filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(readFileSync(join(releasesDir, f), 'utf8')));
const versionsOf = new Map();
for (const release of releases) {
  for (const { name, version } of release.packages) {
    versionsOf.set(name, [...(versionsOf.get(name) ?? []), version]);
  }
}

/** The smallest union of caret ranges that every supported release's version satisfies. */
function rangeFor(versions) {
  const ranges = [];
  for (const version of semver.sort([...new Set(versions)])) {
    if (!ranges.some(r => semver.satisfies(version, r))) {
      ranges.push(`^${version}`);
    }
  }
  return ranges.join(' || ');
}

const problems = [];
for (const entry of readdirSync(join(root, 'plugins'))) {
  const file = join(root, 'plugins', entry, 'package.json');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  const pkg = JSON.parse(text);
  if (pkg.private) continue;
  let changed = false;
  for (const type of ['dependencies', 'peerDependencies']) {
    for (const [name, current] of Object.entries(pkg[type] ?? {})) {
      const versions = versionsOf.get(name);
      if (!name.startsWith('@backstage/') || !versions) continue;
      const wanted = rangeFor(versions);
      if (current === wanted) continue;
      problems.push(
        `${pkg.name} ${type}.${name}: "${current}", wanted "${wanted}"`,
      );
      pkg[type][name] = wanted;
      changed = true;
    }
  }
  if (changed && !check) {
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
}

// The apps in packages/ (private, never published) run on the current release alone
// (backstage.json): every @backstage/* package they name must be in that release's manifest, at a
// range that admits its version there, or `versions:bump` leaves it behind on the next upgrade.
const appProblems = [];
const current = JSON.parse(
  readFileSync(join(root, 'backstage.json'), 'utf8'),
).version;
const currentRelease = releases.find(r => r.releaseVersion === current);
if (!currentRelease) {
  appProblems.push(
    `backstage.json names ${current}, which has no manifest in scripts/backstage-releases/`,
  );
}
const currentVersions = new Map(
  (currentRelease?.packages ?? []).map(p => [p.name, p.version]),
);
for (const entry of readdirSync(join(root, 'packages'))) {
  let pkg;
  try {
    pkg = JSON.parse(
      readFileSync(join(root, 'packages', entry, 'package.json'), 'utf8'),
    );
  } catch {
    continue;
  }
  if (!pkg.private || !currentRelease) continue;
  for (const type of ['dependencies', 'devDependencies']) {
    for (const [name, range] of Object.entries(pkg[type] ?? {})) {
      if (!name.startsWith('@backstage/')) continue;
      const version = currentVersions.get(name);
      if (!version) {
        appProblems.push(
          `${pkg.name} ${type}.${name}: not in scripts/backstage-releases/${current}.json (add the version that release ships)`,
        );
      } else if (!semver.satisfies(version, range)) {
        appProblems.push(
          `${pkg.name} ${type}.${name}: "${range}" does not admit ${version}, its version in ${current}`,
        );
      }
    }
  }
}

const supported = releases.map(r => r.releaseVersion).sort(semver.compare);
if (check && problems.length > 0) {
  console.error(
    `Dependency ranges that do not cover the supported Backstage releases (${supported.join(
      ', ',
    )}):\n  ${problems.join('\n  ')}\nRun: node scripts/compat-ranges.mjs`,
  );
  process.exit(1);
}
if (appProblems.length > 0) {
  console.error(
    `The apps' @backstage/* dependencies do not match the current release (${current}):\n  ${appProblems.join(
      '\n  ',
    )}`,
  );
  process.exit(1);
}
console.log(
  `${
    check ? 'checked' : 'wrote'
  } @backstage/* ranges for Backstage ${supported.join(', ')}${
    problems.length && !check ? ` (${problems.length} changed)` : ''
  }`,
);
