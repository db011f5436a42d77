#!/usr/bin/env node
// A loopback npm registry for one scope: serves the tarballs in a folder (the packed plugins) as
// that scope's packages, so an app whose .npmrc names it for the scope installs them with the
// very commands an adopter types. Every other package still comes from the registry npm is
// configured with; this server never sees those requests.
//
//   node registry.mjs <tarball folder> <port file>
//
// Listens on 127.0.0.1 on a free port, writes its URL to <port file> once it listens, and stops
// on SIGTERM.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const [folder, portFile] = process.argv.slice(2);
if (!folder || !portFile) {
  console.error('usage: registry.mjs <tarball folder> <port file>');
  process.exit(2);
}

/** Each tarball's manifest and digests, by package name. */
const tarballs = new Map();
for (const file of readdirSync(folder).filter(f => f.endsWith('.tgz'))) {
  const bytes = readFileSync(join(folder, file));
  const manifest = JSON.parse(
    execFileSync('tar', ['-xOzf', join(folder, file), 'package/package.json'], {
      encoding: 'utf8',
    }),
  );
  tarballs.set(manifest.name, {
    file,
    bytes,
    manifest,
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex'),
  });
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(405, 'application/json', '{"error":"read-only registry"}');
    return;
  }
  const tarball = path.startsWith('/-/')
    ? [...tarballs.values()].find(t => `/-/${t.file}` === path)
    : undefined;
  if (tarball) {
    send(200, 'application/octet-stream', tarball.bytes);
    return;
  }
  const entry = tarballs.get(path.slice(1));
  if (!entry) {
    send(404, 'application/json', '{"error":"not found"}');
    return;
  }
  const { manifest } = entry;
  const base = `http://${req.headers.host}`;
  const packument = {
    name: manifest.name,
    'dist-tags': { latest: manifest.version },
    versions: {
      [manifest.version]: {
        ...manifest,
        _id: `${manifest.name}@${manifest.version}`,
        dist: {
          tarball: `${base}/-/${entry.file}`,
          integrity: entry.integrity,
          shasum: entry.shasum,
        },
      },
    },
  };
  send(200, 'application/json', JSON.stringify(packument));
});

server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  writeFileSync(portFile, `${url}\n`);
  console.log(
    `adopter-check registry: ${[...tarballs.keys()].join(', ')} on ${url}`,
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
