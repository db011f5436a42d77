#!/usr/bin/env node
// Whether a suite of plugins (default: the @maas packages) shares the app's copy of each package
// of a scope (default: @backstage): fails when the app holds two copies of a @backstage package
// and a suite package's range excludes one of them, so that the suite brings or needs its own.
// Two copies of frontend-plugin-api or catalog-react in one app mean two sets of extension and
// API refs, and plugins that silently do not meet.
//
// A second copy that the suite's ranges all accept comes from the release's own packages (one
// whose range excludes another's version): it is listed, not failed, the suite cannot change it.
//
//   node single-copies.mjs <app folder> [suite scope] [scope]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

// semver is a dependency of this repository, not of the adopter's app.
const require = createRequire(new URL('../../package.json', import.meta.url));
const semver = require('semver');

const [app, suite = '@maas', scope = '@backstage'] = process.argv.slice(2);
if (!app) {
  console.error('usage: single-copies.mjs <app folder> [suite scope] [scope]');
  process.exit(2);
}

/** Each installed copy of a scope package, by name: its version and path. */
const copies = new Map();
/** The scope packages each suite package asks for, with its ranges. */
const suiteRanges = new Map();

/** Real folders only: a symbolic link in node_modules is a workspace, visited on its own. */
function dirs(path) {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter(d => d.isDirectory())
      .map(d => d.name);
  } catch {
    return [];
  }
}

function visitPackage(dir) {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  if (pkg.name?.startsWith(`${scope}/`)) {
    copies.set(pkg.name, [
      ...(copies.get(pkg.name) ?? []),
      { version: pkg.version, path: relative(app, dir) },
    ]);
  }
  if (pkg.name?.startsWith(`${suite}/`)) {
    for (const deps of [pkg.dependencies, pkg.peerDependencies]) {
      for (const [name, range] of Object.entries(deps ?? {})) {
        if (name.startsWith(`${scope}/`)) {
          suiteRanges.set(name, [
            ...(suiteRanges.get(name) ?? []),
            { by: pkg.name, range },
          ]);
        }
      }
    }
  }
  visitNodeModules(join(dir, 'node_modules'));
}

function visitNodeModules(nodeModules) {
  for (const name of dirs(nodeModules)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      for (const inner of dirs(join(nodeModules, name))) {
        visitPackage(join(nodeModules, name, inner));
      }
    } else {
      visitPackage(join(nodeModules, name));
    }
  }
}

// The root's node_modules, and those nested in the workspaces (npm puts a second copy there when
// a workspace's range excludes the hoisted one).
visitNodeModules(join(app, 'node_modules'));
for (const dir of ['packages', 'plugins']) {
  for (const entry of dirs(join(app, dir))) {
    visitNodeModules(join(app, dir, entry, 'node_modules'));
  }
}

if (suiteRanges.size === 0) {
  console.error(`no ${suite} package in ${app}/node_modules`);
  process.exit(1);
}

const bySuite = [];
const byRelease = [];
for (const [name, found] of copies) {
  if (found.length < 2) continue;
  const line = `${name}: ${found
    .map(c => `${c.version} ${c.path}`)
    .join(', ')}`;
  const excluding = (suiteRanges.get(name) ?? []).filter(({ range }) =>
    found.some(c => !semver.satisfies(c.version, range)),
  );
  if (excluding.length > 0) {
    bySuite.push(
      `${line}\n    ${excluding
        .map(e => `${e.by} asks for ${e.range}`)
        .join('\n    ')}`,
    );
  } else {
    byRelease.push(line);
  }
}

if (bySuite.length > 0) {
  console.error(
    `second copies of ${scope} packages that ${suite} ranges exclude:\n  ${bySuite.join(
      '\n  ',
    )}`,
  );
  process.exit(1);
}
const suiteCount = new Set([...suiteRanges.values()].flat().map(({ by }) => by))
  .size;
console.log(
  `${copies.size} ${scope} packages, ${
    copies.size - byRelease.length
  } of them in one copy; the ${suiteCount} ${suite} packages' ranges accept every copy installed`,
);
for (const line of byRelease) {
  console.log(`  a second copy the release's own packages ask for: ${line}`);
}
