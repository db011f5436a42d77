#!/usr/bin/env node
// Makes a create-app app installable with npm on these machines, as any Backstage app here needs
// (the same settings as this repository's package.json and .npmrc): @yarnpkg/core 4.9.1 (4.9.2
// declares a `patch:` dependency npm cannot read) and React 18 through overrides,
// legacy-peer-deps for Material UI v4's React 17 peers, and the backend's `link:` dependency on
// the app, which npm does not support, as a plain workspace dependency. create-app's yarn.lock
// (read by versions:bump) goes: npm writes its own lockfile.
//
//   node prepare-app.mjs <app folder>
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [app] = process.argv.slice(2);
if (!app) {
  console.error('usage: prepare-app.mjs <app folder>');
  process.exit(2);
}

function edit(file, change) {
  const path = join(app, file);
  const pkg = JSON.parse(readFileSync(path, 'utf8'));
  change(pkg);
  writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`);
}

edit('package.json', pkg => {
  pkg.overrides = {
    ...pkg.overrides,
    '@yarnpkg/core': '4.9.1',
    react: '^18.3.1',
    'react-dom': '^18.3.1',
    '@types/react': '^18',
    '@types/react-dom': '^18',
  };
});
edit('packages/backend/package.json', pkg => {
  if (pkg.dependencies?.app?.startsWith('link:')) pkg.dependencies.app = '*';
});
writeFileSync(join(app, '.npmrc'), 'legacy-peer-deps=true\n');
rmSync(join(app, 'yarn.lock'), { force: true });
