// The MaaS frontend plugin's weight in the app's production build: which chunks hold its code,
// and their gzip size. Run through `bash bench/bundle-size.sh`, which builds the app with
// webpack's stats first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'packages/app/dist';
const stats = JSON.parse(readFileSync(join(dist, 'bundle-stats.json'), 'utf8'));
const ownCode = /plugins\/maas\/src\//;

/** Every module of the build with the chunks it sits in, however the stats nest them. */
function* modulesOf(node) {
  for (const m of node.modules ?? []) {
    if (m.modules) yield* modulesOf(m);
    else yield m;
  }
}

const bytesByChunk = new Map();
const chunkOf = new Map((stats.chunks ?? []).map(c => [String(c.id), c]));
const topModules = [...modulesOf(stats)];
const perChunk = (stats.chunks ?? []).some(c => c.modules)
  ? (stats.chunks ?? []).flatMap(c =>
      [...modulesOf(c)].map(m => ({ ...m, chunks: [c.id] })),
    )
  : topModules;
for (const m of perChunk) {
  const name = m.nameForCondition ?? m.identifier ?? m.name ?? '';
  for (const id of m.chunks ?? []) {
    const entry = bytesByChunk.get(String(id)) ?? { own: 0, all: 0 };
    entry.all += m.size ?? 0;
    if (ownCode.test(name)) entry.own += m.size ?? 0;
    bytesByChunk.set(String(id), entry);
  }
}

const rows = [];
for (const [id, bytes] of bytesByChunk) {
  if (bytes.own === 0) continue;
  const chunk = chunkOf.get(id);
  for (const file of chunk?.files ?? []) {
    if (!file.endsWith('.js')) continue;
    const gzip = gzipSync(readFileSync(join(dist, file))).length;
    rows.push({
      file,
      ownShare: bytes.own / bytes.all,
      gzipKb: gzip / 1024,
      ownGzipKb: (gzip * bytes.own) / bytes.all / 1024,
    });
  }
}
rows.sort((a, b) => b.ownGzipKb - a.ownGzipKb);
for (const r of rows) {
  console.log(
    `${r.file}: ${r.gzipKb.toFixed(1)} kB gzip, ${(100 * r.ownShare).toFixed(
      0,
    )} % of it the plugin's own code (~${r.ownGzipKb.toFixed(1)} kB)`,
  );
}
const own = rows.reduce((sum, r) => sum + r.ownGzipKb, 0);
const whole = rows
  .filter(r => r.ownShare > 0.5)
  .reduce((sum, r) => sum + r.gzipKb, 0);
console.log(
  `\nthe plugin's own code: ~${own.toFixed(1)} kB gzip across ${
    rows.length
  } chunks; chunks mostly its own: ${whole.toFixed(1)} kB gzip`,
);
