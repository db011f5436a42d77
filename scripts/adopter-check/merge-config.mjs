#!/usr/bin/env node
// Adds a YAML snippet to an app-config file as an adopter does by hand: mappings merged key by
// key, lists extended (a snippet's catalog.rules and catalog.locations come after the app's own),
// other values replaced.
//
//   node merge-config.mjs <app-config.yaml> <snippet.yaml>
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// yaml is a dependency of this repository, not of the adopter's app.
const require = createRequire(new URL('../../package.json', import.meta.url));
const YAML = require('yaml');

const [target, snippet] = process.argv.slice(2);
if (!target || !snippet) {
  console.error('usage: merge-config.mjs <app-config.yaml> <snippet.yaml>');
  process.exit(2);
}

const isMapping = v => v !== null && typeof v === 'object' && !Array.isArray(v);

function merge(base, added) {
  if (Array.isArray(base) && Array.isArray(added)) return [...base, ...added];
  if (!isMapping(base) || !isMapping(added)) return added;
  const out = { ...base };
  for (const [key, value] of Object.entries(added)) {
    out[key] = key in base ? merge(base[key], value) : value;
  }
  return out;
}

const merged = merge(
  YAML.parse(readFileSync(target, 'utf8')) ?? {},
  YAML.parse(readFileSync(snippet, 'utf8')) ?? {},
);
writeFileSync(target, YAML.stringify(merged));
