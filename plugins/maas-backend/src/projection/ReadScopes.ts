import { createHash } from 'node:crypto';
import {
  BackstageCredentials,
  CacheService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { projectedEntitiesFilter } from '@maas/plugin-maas-common';
import { actorOf } from '../service/actorOf';

/**
 * Which projected entities a caller may read: all of them, or those whose refs are listed. The
 * key names the scope in cache keys: callers with the same scope share computed views.
 */
export type ReadScope =
  | { all: true; key: 'all' }
  | { all: false; key: string; refs: ReadonlySet<string> };

/** A scope as the cache service keeps it. */
type StoredScope = { key: string; refs?: string[] };

/**
 * The catalogue's read permission (`catalog.entity.read`), as it applies to the projection: a
 * user who may not read an entity in the catalogue does not see it in any view. The policy is
 * asked for the caller; an unconditional allow (the default policy) reads everything without
 * more work, a denial reads nothing, and a conditional decision is resolved by the catalogue
 * itself (the refs of the projected kinds the caller may read), so its rules are applied where
 * they are defined. A caller's scope is kept for `ttlSeconds` in the cache service (shared by
 * replicas with Redis), so someone opening four views asks the policy once, not four times.
 */
export class ReadScopes {
  private readonly inflight = new Map<string, Promise<ReadScope>>();

  constructor(
    private readonly deps: {
      permissions: PermissionsService;
      catalog: CatalogService;
      cache: CacheService;
      ttlSeconds: number;
    },
  ) {}

  async of(credentials: BackstageCredentials): Promise<ReadScope> {
    if (this.deps.ttlSeconds <= 0) return this.decide(credentials);
    const key = `maas-read-scope:${actorOf(credentials)}`;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const stored = await this.deps.cache.get<StoredScope>(key);
        if (stored) return scopeOf(stored);
        const scope = await this.decide(credentials);
        await this.deps.cache.set(
          key,
          scope.all
            ? { key: scope.key }
            : { key: scope.key, refs: [...scope.refs] },
          { ttl: { seconds: this.deps.ttlSeconds } },
        );
        return scope;
      })().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private async decide(credentials: BackstageCredentials): Promise<ReadScope> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return { all: true, key: 'all' };
    }
    const refs = new Set<string>();
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      for await (const page of this.deps.catalog.streamEntities(
        {
          filter: projectedEntitiesFilter,
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
          pageSize: 5000,
        },
        { credentials },
      )) {
        for (const entity of page) refs.add(stringifyEntityRef(entity));
      }
    }
    return scopeOf({ key: hashOf(refs), refs: [...refs] });
  }
}

function hashOf(refs: Set<string>): string {
  return createHash('sha256')
    .update([...refs].sort().join('\n'))
    .digest('base64url');
}

function scopeOf(stored: StoredScope): ReadScope {
  return stored.refs
    ? { all: false, key: stored.key, refs: new Set(stored.refs) }
    : { all: true, key: 'all' };
}
