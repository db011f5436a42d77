import {
  mockServices,
  ServiceFactoryTester,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { reachable } from '@internal/maas-test-utils';
import type { JsonObject } from '@backstage/config';
import { readinessServiceFactory } from './readinessServiceFactory';

jest.setTimeout(30_000);

// Set (as .ci/run does), Redis is required there; unset, the default address is tried.
const requiredRedis = process.env.MAAS_TEST_REDIS_URL;
const redisUrl = requiredRedis ?? 'redis://127.0.0.1:6379';
const redisAnswers = Boolean(requiredRedis) || reachable(redisUrl);

/** The readiness service on this configuration, started. */
async function readiness(cache?: JsonObject) {
  const startup: Array<() => void> = [];
  const lifecycle = createServiceFactory({
    service: coreServices.rootLifecycle,
    deps: {},
    factory: () => ({
      ...mockServices.rootLifecycle.mock(),
      addStartupHook: (hook: () => void) => startup.push(hook),
    }),
  });
  const health = await ServiceFactoryTester.from(readinessServiceFactory, {
    dependencies: [
      lifecycle,
      mockServices.rootConfig.factory({
        data: {
          backend: {
            database: { client: 'better-sqlite3', connection: ':memory:' },
            ...(cache ? { cache } : {}),
          },
        },
      }),
    ],
  }).getSubject();
  startup.forEach(hook => hook());
  return health.getReadiness();
}

describe('readinessServiceFactory', () => {
  it('checks the database, and no cache store with the in-memory cache', async () => {
    expect(await readiness()).toEqual({
      status: 200,
      payload: { status: 'ok', checks: { database: { status: 'ok' } } },
    });
  });

  // Skipped on purpose, saying why, where Redis does not answer.
  // eslint-disable-next-line jest/no-disabled-tests
  const describeWithRedis = redisAnswers ? describe : describe.skip;
  describeWithRedis(
    `with Redis at ${redisUrl}${
      redisAnswers ? '' : ' (skipped: Redis does not answer there)'
    }`,
    () => {
      it('checks the Redis cache store when one is configured', async () => {
        expect(
          await readiness({ store: 'redis', connection: redisUrl }),
        ).toEqual({
          status: 200,
          payload: {
            status: 'ok',
            checks: { database: { status: 'ok' }, cache: { status: 'ok' } },
          },
        });
      });
    },
  );

  it('is not ready while the configured cache store does not answer', async () => {
    // Nothing listens on port 1: a Redis that is down.
    expect(
      await readiness({ store: 'redis', connection: 'redis://127.0.0.1:1' }),
    ).toMatchObject({
      status: 503,
      payload: {
        checks: {
          database: { status: 'ok' },
          cache: { status: 'error', message: expect.any(String) },
        },
      },
    });
  });
});
