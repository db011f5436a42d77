import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

const backendDir = resolvePackagePath('backend');
/** The repository root: packages/backend's grandparent. */
export const repoRoot = resolve(backendDir, '../..');

export interface BackendProcess {
  baseUrl: string;
  pid: number;
  /** What the process printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts packages/backend's real entry point (src/index.ts) in a child process, the way
 * `backstage-cli package start` does, with app-config.yaml plus `extraConfig` on top, and waits
 * until it reports ready.
 */
export async function startBackendProcess(options: {
  extraConfig?: Record<string, unknown>;
  timeoutMs?: number;
  /** Extra environment, e.g. LOG_LEVEL. */
  env?: Record<string, string>;
}): Promise<BackendProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const configDir = mkdtempSync(join(tmpdir(), 'maas-backend-'));
  const configFile = join(configDir, 'app-config.test.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      app: { baseUrl: 'http://localhost:3000' },
      backend: {
        baseUrl,
        listen: { host: '127.0.0.1', port },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
    }),
  );
  // A separate file, so Backstage merges it deeply over the two above.
  const extraConfigFile = join(configDir, 'app-config.extra.json');
  writeFileSync(extraConfigFile, JSON.stringify(options.extraConfig ?? {}));

  const log = { text: '' };
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'src/index.ts',
      '--config',
      join(repoRoot, 'app-config.yaml'),
      '--config',
      configFile,
      '--config',
      extraConfigFile,
    ],
    {
      cwd: backendDir,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', chunk => (log.text += chunk));
  child.stderr?.on('data', chunk => (log.text += chunk));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>(done => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `backend exited with code ${child.exitCode} before it was ready:\n${log.text}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (res.ok) {
        return { baseUrl, pid: child.pid!, output: () => log.text, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`backend was not ready in time:\n${log.text}`);
}
