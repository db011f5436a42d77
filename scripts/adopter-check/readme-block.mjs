#!/usr/bin/env node
// Prints the fenced code block that follows `<!-- adopter-check: <name> -->` in a README: the
// lines the adopter-install check runs or applies exactly as an adopter copies them.
//
//   node readme-block.mjs <README.md> <name>
import { readFileSync } from 'node:fs';

const [readme, name] = process.argv.slice(2);
if (!readme || !name) {
  console.error('usage: readme-block.mjs <README.md> <name>');
  process.exit(2);
}
const lines = readFileSync(readme, 'utf8').split('\n');
const marker = lines.findIndex(
  l => l.trim() === `<!-- adopter-check: ${name} -->`,
);
const open = lines.findIndex((l, i) => i > marker && l.startsWith('```'));
const close = lines.findIndex((l, i) => i > open && l.startsWith('```'));
if (
  marker < 0 ||
  open < 0 ||
  close < 0 ||
  lines.slice(marker + 1, open).some(l => l.trim())
) {
  console.error(
    `${readme}: no code block right after <!-- adopter-check: ${name} -->`,
  );
  process.exit(1);
}
process.stdout.write(`${lines.slice(open + 1, close).join('\n')}\n`);
