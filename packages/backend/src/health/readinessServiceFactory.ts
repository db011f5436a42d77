import { CacheManager } from '@backstage/backend-defaults/cache';
import { DatabaseManager } from '@backstage/backend-defaults/database';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ReadinessCheck, ReadinessService } from './ReadinessService';

/**
 * The rootHealth service with readiness checks: a query on the MaaS plugin's database (its
 * server is the one every plugin's database lives on), and, when `backend.cache.store` names a
 * shared store (Redis, Valkey, Memcache…), a write and a read through it. A root service sees
 * no plugin's services, so it opens its own small connections from the same configuration.
 */
export const readinessServiceFactory = createServiceFactory({
  service: coreServices.rootHealth,
  deps: {
    config: coreServices.rootConfig,
    lifecycle: coreServices.rootLifecycle,
    logger: coreServices.rootLogger,
  },
  async factory({ config, lifecycle, logger }) {
    const checks: Record<string, ReadinessCheck> = {};
    const database = DatabaseManager.fromConfig(config).forPlugin('maas', {
      logger,
      lifecycle,
    });
    checks.database = async () => {
      await (await database.getClient()).raw('select 1');
    };
    const store = config.getOptionalString('backend.cache.store') ?? 'memory';
    if (store !== 'memory') {
      const cache = CacheManager.fromConfig(config, { logger }).forPlugin(
        'readiness',
      );
      checks.cache = async () => {
        const value = String(Date.now());
        await cache.set('probe', value, { ttl: { seconds: 30 } });
        if ((await cache.get('probe')) !== value) {
          throw new Error(`the ${store} cache store did not keep a value`);
        }
      };
    }
    return new ReadinessService(lifecycle, checks);
  },
});
