import {
  BackstageCredentials,
  CacheService,
} from '@backstage/backend-plugin-api';
import { actorOf } from './actorOf';

const GENERATION_KEY = 'maas-view-generation';

/**
 * Serves computed views warm for a short time. A view depends on who asks (the catalogue filters
 * what each caller may read), so entries are per principal. Any MaaS write (decision, plan,
 * measurement, snapshot) starts a new generation, so the writer's next read is fresh; catalogue
 * edits show after at most `ttlSeconds`. With a shared cache store (Redis) every replica sees the
 * new generation; with the in-memory store, other replicas may serve the old one for the TTL.
 */
export class ViewCache {
  private readonly inflight = new Map<string, Promise<string>>();

  constructor(
    private readonly cache: CacheService,
    private readonly ttlSeconds: number,
  ) {}

  get staleness(): number {
    return this.ttlSeconds;
  }

  private async generation(): Promise<number> {
    return (await this.cache.get<number>(GENERATION_KEY)) ?? 0;
  }

  async invalidate(): Promise<void> {
    await this.cache.set(GENERATION_KEY, (await this.generation()) + 1, {
      ttl: { days: 30 },
    });
  }

  /**
   * The view as JSON text, computed or from the cache: text, so a warm answer is sent without
   * serialising the view again.
   */
  async json(
    credentials: BackstageCredentials,
    view: string,
    params: Record<string, unknown>,
    compute: () => Promise<unknown>,
  ): Promise<string> {
    if (this.ttlSeconds <= 0) return JSON.stringify(await compute());
    const key = `view:${await this.generation()}:${actorOf(
      credentials,
    )}:${view}:${JSON.stringify(params)}`;
    const hit = await this.cache.get<string>(key);
    if (hit !== undefined) return hit;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const text = JSON.stringify(await compute());
        await this.cache.set(key, text, { ttl: { seconds: this.ttlSeconds } });
        return text;
      })().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  /** The view as a value. */
  async get<T>(
    credentials: BackstageCredentials,
    view: string,
    params: Record<string, unknown>,
    compute: () => Promise<T>,
  ): Promise<T> {
    return JSON.parse(await this.json(credentials, view, params, compute));
  }
}
