import { CacheService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** Permissions allowing everything to everyone but `user`, who may read but not change. */
export function permissionsDenying(user: string) {
  return mockServices.permissions.mock({
    authorizeConditional: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })) as any,
    authorize: async (requests, options) =>
      requests.map(() => ({
        result:
          (options.credentials.principal as any).userEntityRef === user
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })) as any,
  });
}

/** An auditor that records each event's outcome, and the metadata of each success. */
export function recordingAuditor() {
  const events: Array<{ eventId: string; outcome: 'success' | 'fail' }> = [];
  const successMeta: Array<Record<string, unknown>> = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId }) => ({
      success: async options => {
        events.push({ eventId, outcome: 'success' });
        successMeta.push({ eventId, ...options?.meta });
      },
      fail: async () => {
        events.push({ eventId, outcome: 'fail' });
      },
    }),
  });
  return { factory: auditor.factory, events, successMeta };
}

/** An in-memory cache store, enough for the logic under test. */
export function memoryCache(): CacheService {
  const store = new Map<string, any>();
  const cache: CacheService = {
    get: async key => store.get(key),
    set: async (key, value) => {
      store.set(key, value);
    },
    delete: async key => {
      store.delete(key);
    },
    withOptions: () => cache,
  };
  return cache;
}
