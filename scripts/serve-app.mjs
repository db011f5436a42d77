#!/usr/bin/env node
// Serves a built Backstage app (the dist/ folder of `backstage-cli package build`) on a port of
// its own: files as they are, every other path the app's index.html, so the app's router takes
// it. For the browser suite only (scripts/e2e.sh); a real deployment serves the app from its
// backend (plugin-app-backend).
//
//   node scripts/serve-app.mjs packages/app-legacy/dist 3001
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [distArg, portArg] = process.argv.slice(2);
if (!distArg || !portArg) {
  console.error('usage: serve-app.mjs <dist folder> <port>');
  process.exit(2);
}
const dist = resolve(distArg);
const index = join(dist, 'index.html');
statSync(index);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const wanted = join(dist, normalize(decodeURIComponent(pathname)));
  const file = wanted.startsWith(dist) && isFile(wanted) ? wanted : index;
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(res);
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`serving ${dist} on http://localhost:${portArg}`);
});
