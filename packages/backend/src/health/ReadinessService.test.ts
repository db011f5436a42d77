import { DatabaseManager } from '@backstage/backend-defaults/database';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/config';
import { ReadinessService } from './ReadinessService';

jest.setTimeout(30_000);

/** A root lifecycle whose hooks the test fires. */
function lifecycle() {
  const startup: Array<() => void> = [];
  const shutdown: Array<() => void> = [];
  const service = {
    ...mockServices.rootLifecycle.mock(),
    addStartupHook: (hook: () => void) => startup.push(hook),
    addBeforeShutdownHook: (hook: () => void) => shutdown.push(hook),
  };
  return {
    service: service as any,
    start: () => startup.forEach(h => h()),
    stop: () => shutdown.forEach(h => h()),
  };
}

describe('ReadinessService', () => {
  /** A database as the backend configures it, the way the readiness factory opens it. */
  const database = (connection: string | JsonObject, client: string) =>
    DatabaseManager.fromConfig(
      new ConfigReader({ backend: { database: { client, connection } } }),
    )
      .forPlugin('maas', {
        logger: mockServices.logger.mock(),
        lifecycle: mockServices.lifecycle.mock(),
      })
      .getClient();
  const sqlite = database(':memory:', 'better-sqlite3');
  // Nothing listens on port 1: a PostgreSQL that is down.
  const down = database({ host: '127.0.0.1', port: 1, user: 'postgres' }, 'pg');

  it('is ready once started while the database answers, and not while shutting down', async () => {
    const life = lifecycle();
    const health = new ReadinessService(life.service, {
      database: async () => {
        await (await sqlite).raw('select 1');
      },
    });
    expect((await health.getReadiness()).status).toBe(503);
    life.start();
    expect(await health.getReadiness()).toEqual({
      status: 200,
      payload: { status: 'ok', checks: { database: { status: 'ok' } } },
    });
    life.stop();
    expect(await health.getReadiness()).toMatchObject({
      status: 503,
      payload: { message: 'Backend is shutting down' },
    });
    expect((await health.getLiveness()).status).toBe(200);
  });

  it('is not ready while the database is down, and says which check failed', async () => {
    const life = lifecycle();
    const health = new ReadinessService(life.service, {
      database: async () => {
        await (await down).raw('select 1');
      },
      cache: async () => {},
    });
    life.start();
    const readiness = await health.getReadiness();
    expect(readiness).toMatchObject({
      status: 503,
      payload: {
        status: 'error',
        message: 'Not ready: database unavailable',
        checks: {
          database: { status: 'error', message: expect.any(String) },
          cache: { status: 'ok' },
        },
      },
    });
  });

  it('counts a dependency that does not answer in time as down', async () => {
    const life = lifecycle();
    const health = new ReadinessService(life.service, {
      cache: () => new Promise(() => {}),
    });
    life.start();
    expect(await health.getReadiness()).toMatchObject({
      status: 503,
      payload: {
        checks: {
          cache: { status: 'error', message: 'no answer within 2000 ms' },
        },
      },
    });
  });
});
