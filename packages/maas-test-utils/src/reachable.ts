import { spawnSync } from 'node:child_process';

/**
 * Whether a server answers at `url` now: for `redis:` URLs, a PING answered with PONG; for
 * others (e.g. `postgresql:`), an accepted TCP connection. Synchronous, so a test file can decide
 * whether to describe or skip its suite (jest collects suites synchronously); the probe runs in
 * a child process with a 3 s limit.
 */
export function reachable(url: string): boolean {
  const { hostname, port, protocol } = new URL(url);
  const redis = protocol === 'redis:';
  const probe = `
    const socket = require('node:net').connect(${Number(
      port || (redis ? 6379 : 5432),
    )}, ${JSON.stringify(hostname || '127.0.0.1')});
    socket.setTimeout(2500, () => process.exit(1));
    socket.on('error', () => process.exit(1));
    // Closed without the answer looked for (the event loop would otherwise end with status 0).
    socket.on('close', () => process.exit(1));
    socket.on('connect', () => ${
      redis ? "socket.write('PING\\r\\n')" : 'process.exit(0)'
    });
    socket.on('data', data => process.exit(String(data).startsWith('+PONG') ? 0 : 1));
  `;
  return (
    spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0
  );
}
