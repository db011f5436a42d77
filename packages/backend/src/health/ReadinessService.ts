import {
  RootHealthService,
  RootLifecycleService,
} from '@backstage/backend-plugin-api';

/** One dependency readiness waits on: resolves when it answers, rejects with why not. */
export type ReadinessCheck = () => Promise<void>;

/** How long a dependency may take to answer before it counts as down. */
const CHECK_TIMEOUT_MS = 2000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    check(),
    new Promise<void>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
        CHECK_TIMEOUT_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The backend's health, as Backstage's default reports it (ready once started, not while
 * shutting down), and not ready either while a dependency it cannot serve without is down: the
 * database, and the shared cache store when one is configured. Backstage 1.57 has no extension
 * point for readiness checks, so the app replaces the rootHealth service with this one.
 */
export class ReadinessService implements RootHealthService {
  private state: 'init' | 'up' | 'down' = 'init';

  constructor(
    lifecycle: RootLifecycleService,
    private readonly checks: Record<string, ReadinessCheck>,
  ) {
    lifecycle.addStartupHook(() => {
      this.state = 'up';
    });
    lifecycle.addBeforeShutdownHook(() => {
      this.state = 'down';
    });
  }

  async getLiveness() {
    return { status: 200, payload: { status: 'ok' } };
  }

  async getReadiness() {
    if (this.state !== 'up') {
      return {
        status: 503,
        payload: {
          status: 'error',
          message:
            this.state === 'init'
              ? 'Backend has not started yet'
              : 'Backend is shutting down',
        },
      };
    }
    const results: Record<string, { status: string; message?: string }> = {};
    let ready = true;
    await Promise.all(
      Object.entries(this.checks).map(async ([name, check]) => {
        try {
          await withTimeout(check);
          results[name] = { status: 'ok' };
        } catch (error) {
          ready = false;
          results[name] = {
            status: 'error',
            message: String((error as Error)?.message ?? error),
          };
        }
      }),
    );
    return ready
      ? { status: 200, payload: { status: 'ok', checks: results } }
      : {
          status: 503,
          payload: {
            status: 'error',
            message: `Not ready: ${Object.entries(results)
              .filter(([, r]) => r.status === 'error')
              .map(([name]) => name)
              .join(', ')} unavailable`,
            checks: results,
          },
        };
  }
}
