import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  BackstageCredentials,
  CacheService,
} from '@backstage/backend-plugin-api';
import { Request, Response } from 'express';

const gzipAsync = promisify(gzip);
/**
 * Level 3, not zlib's default 6: the views are megabytes of repetitive JSON, and at 10k
 * entities level 6 took two to four times as long for answers under a tenth of the text either
 * way (vendors: 4.1 MB as 178 kB at 18 ms, or 288 kB at 9 ms), on the path of a cold answer.
 */
const gzipped = (text: string) => gzipAsync(text, { level: 3 });

/** What a view depends on, for a caller, and how a MaaS write is counted. */
export interface ViewScopes {
  /** Equal keys, equal views: the projection's version, the MaaS writes, what the caller may read. */
  viewKey(credentials: BackstageCredentials): Promise<string>;
  /** Counts a MaaS write, so the views computed before it are not served after it. */
  countWrite(): Promise<void>;
}

/** A computed view as JSON text, and the same compressed once, when it is first sent so. */
interface ViewEntry {
  text: string;
  gzip?: Promise<Buffer>;
  expiresAt: number;
}

/** The key a view is stored under in the cache service. */
export function viewStoreKey(
  viewKey: string,
  view: string,
  params: Record<string, unknown>,
): string {
  return `view:${viewKey}:${view}:${JSON.stringify(params)}`;
}

/** Views kept ready to send in this process: the latest few keys. */
const LOCAL_ENTRIES = 32;
/** Smaller answers are sent as they are (the compression middleware's own threshold). */
const COMPRESS_FROM = 1024;

/**
 * Serves computed views warm, shared by every caller who may read the same entities. A view
 * is keyed by what it depends on (see {@link ViewScopes.viewKey}): a catalogue edit raises the
 * projection's version and a MaaS write (decision, plan, measurement, campaign, certification)
 * the count of writes, both in the database, so the next read on any replica computes afresh
 * and nothing stale is served. Views live in the cache service (shared by replicas with Redis);
 * the latest few are also kept in this process with their compressed form, so a warm answer
 * costs neither a transfer from the store nor compressing megabytes again. `ttlSeconds` bounds
 * how long an unused view is kept.
 */
export class ViewCache {
  private readonly inflight = new Map<string, Promise<ViewEntry>>();
  private readonly local = new Map<string, ViewEntry>();
  private readonly warmed: Array<
    (credentials: BackstageCredentials) => Promise<void>
  > = [];
  private lastAsked = 0;

  constructor(
    private readonly cache: CacheService,
    private readonly ttlSeconds: number,
    private readonly scopes: ViewScopes,
  ) {}

  async invalidate(): Promise<void> {
    await this.scopes.countWrite();
  }

  /**
   * A view by name, computed for a caller and its parameters. With `warm`, the view with those
   * parameters (what a page asks for without options) is one that {@link ViewCache.warm} keeps
   * computed and compressed.
   */
  define<P extends Record<string, unknown>>(
    view: string,
    compute: (credentials: BackstageCredentials, params: P) => Promise<unknown>,
    options: { warm?: P } = {},
  ) {
    const { warm } = options;
    if (warm) {
      this.warmed.push(async credentials => {
        const entry = await this.entry(credentials, view, warm, () =>
          compute(credentials, warm),
        );
        if (entry.text.length >= COMPRESS_FROM) {
          entry.gzip ??= gzipped(entry.text);
          await entry.gzip;
        }
      });
    }
    return {
      send: (
        req: Request,
        res: Response,
        credentials: BackstageCredentials,
        params: P,
      ) =>
        this.send(req, res, credentials, view, params, () =>
          compute(credentials, params),
        ),
      get: <T>(credentials: BackstageCredentials, params: P) =>
        this.get<T>(
          credentials,
          view,
          params,
          () => compute(credentials, params) as Promise<T>,
        ),
    };
  }

  /** Whether views were asked for within the last `seconds`. */
  askedWithin(seconds: number): boolean {
    return Date.now() - this.lastAsked < seconds * 1000;
  }

  /**
   * Computes and compresses the views defined with `warm`, as these credentials see them (the
   * plugin's own: everything, the read scope of every caller the policy lets read the whole
   * catalogue), so the first people to open them after a change find them ready.
   */
  async warm(credentials: BackstageCredentials): Promise<void> {
    if (this.ttlSeconds <= 0) return;
    for (const view of this.warmed) await view(credentials);
  }

  private async entry(
    credentials: BackstageCredentials,
    view: string,
    params: Record<string, unknown>,
    compute: () => Promise<unknown>,
  ): Promise<ViewEntry> {
    if (this.ttlSeconds <= 0) {
      return { text: JSON.stringify(await compute()), expiresAt: 0 };
    }
    const key = viewStoreKey(
      await this.scopes.viewKey(credentials),
      view,
      params,
    );
    const kept = this.local.get(key);
    if (kept && kept.expiresAt > Date.now()) return kept;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const ttl = { seconds: this.ttlSeconds };
        let text = await this.cache.get<string>(key);
        if (text === undefined) {
          text = JSON.stringify(await compute());
          await this.cache.set(key, text, { ttl });
        }
        const entry = { text, expiresAt: Date.now() + this.ttlSeconds * 1000 };
        this.local.delete(key);
        this.local.set(key, entry);
        if (this.local.size > LOCAL_ENTRIES) {
          this.local.delete(this.local.keys().next().value!);
        }
        return entry;
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
    return JSON.parse(
      (await this.entry(credentials, view, params, compute)).text,
    );
  }

  /**
   * Answers the request with the view as JSON, compressed when the client accepts gzip: once
   * per view, not once per request.
   */
  async send(
    req: Request,
    res: Response,
    credentials: BackstageCredentials,
    view: string,
    params: Record<string, unknown>,
    compute: () => Promise<unknown>,
  ): Promise<void> {
    this.lastAsked = Date.now();
    const entry = await this.entry(credentials, view, params, compute);
    res.type('application/json');
    if (
      entry.text.length < COMPRESS_FROM ||
      req.acceptsEncodings('gzip') !== 'gzip'
    ) {
      res.send(entry.text);
      return;
    }
    entry.gzip ??= gzipped(entry.text);
    // Already encoded: the compression middleware leaves it as it is.
    res
      .vary('Accept-Encoding')
      .set('Content-Encoding', 'gzip')
      .send(await entry.gzip);
  }
}
