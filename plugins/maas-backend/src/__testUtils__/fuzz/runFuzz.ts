import { mockCredentials } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import request from 'supertest';
import { namesField } from './namesField';
import { FuzzRequest } from './requests';

export interface FuzzFailure {
  group: FuzzRequest['group'];
  problem: string;
}

export interface FuzzOutcome {
  requests: number;
  serverErrors: number;
  failures: FuzzFailure[];
  /** Answers per route and status, e.g. `{'POST /plans': {201: 12, 400: 30}}`. */
  statuses: Record<string, Record<number, number>>;
  /** Campaigns the API accepted, to look for in the catalogue afterwards. */
  campaigns: Array<{ namespace: string; name: string; request: string }>;
}

const headers = {
  user: mockCredentials.user.header('user:default/fuzzer'),
  service: mockCredentials.service.header(),
};

function describeRequest(r: FuzzRequest, path: string): string {
  const sent = r.csv ?? r.body;
  const body = sent === undefined ? '' : ` ${JSON.stringify(sent)}`;
  return `${r.method.toUpperCase()} ${path.slice(0, 160)}${body.slice(0, 240)}`;
}

/**
 * Sends generated requests one after the other until `numRuns` or `timeLimitMs`, and records
 * every answer that breaks a rule rather than stopping at the first: the report is the list.
 * Requests that create something are followed by a read of it, which must work too.
 */
export async function runFuzz(options: {
  server: any;
  requests: fc.Arbitrary<FuzzRequest>;
  seed: number;
  numRuns: number;
  timeLimitMs: number;
}): Promise<FuzzOutcome> {
  const { server } = options;
  const outcome: FuzzOutcome = {
    requests: 0,
    serverErrors: 0,
    failures: [],
    statuses: {},
    campaigns: [],
  };
  const planIds: string[] = [];
  /** The latest ETag each plan was answered with, for an If-Match of `$etag`. */
  const planEtags = new Map<string, string>();
  const backfillIds: string[] = [];

  const call = async (r: FuzzRequest) => {
    const planId = planIds[outcome.requests % (planIds.length || 1)] ?? 'none';
    const path = r.path
      .replace('$plan', planId)
      .replace(
        '$backfill',
        backfillIds[outcome.requests % (backfillIds.length || 1)] ?? 'none',
      )
      .replace('$campaign', () => {
        const c =
          outcome.campaigns[outcome.requests % (outcome.campaigns.length || 1)];
        return c
          ? `${encodeURIComponent(c.namespace)}/${encodeURIComponent(c.name)}`
          : 'default/none';
      });
    let req = request(server)[r.method](`/api/maas${path}`);
    if (r.principal !== 'none')
      req = req.set('Authorization', headers[r.principal]);
    if (r.ifMatch !== undefined) {
      req = req.set(
        'If-Match',
        r.ifMatch === '$etag' ? planEtags.get(planId) ?? '"0"' : r.ifMatch,
      );
    }
    if (r.csv !== undefined) {
      req = req.set('Content-Type', 'text/csv').send(r.csv);
    } else if (r.body !== undefined) {
      req = req
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(r.body));
    }
    outcome.requests += 1;
    const res = await req;
    const planPath = /^\/plans\/([^/?]+)$/.exec(path);
    if (res.status < 300 && planPath && res.headers.etag) {
      planEtags.set(decodeURIComponent(planPath[1]), res.headers.etag);
    }
    const counts = (outcome.statuses[r.route] ??= {});
    counts[res.status] = (counts[res.status] ?? 0) + 1;
    if (
      process.env.MAAS_FUZZ_STATUSES &&
      res.status === 400 &&
      counts[400] <= 3
    ) {
      process.stdout.write(
        `400 ${r.route}: ${String(res.body?.error?.message).slice(0, 200)}\n`,
      );
    }
    const what = describeRequest(r, path);
    const fail = (problem: string) =>
      outcome.failures.push({ group: r.group, problem: `${problem}: ${what}` });
    const message = res.body?.error?.message;
    if (res.status >= 500) {
      outcome.serverErrors += 1;
      fail(`${res.status} (${String(message ?? res.text).slice(0, 160)})`);
    } else if (res.status === 400 && !namesField(message)) {
      fail(`400 naming no field (${String(message).slice(0, 160)})`);
    } else if (
      res.status >= 400 &&
      (typeof message !== 'string' || message.length === 0)
    ) {
      fail(`${res.status} without an error message`);
    }
    return { res, path, what };
  };

  const readBack = async (r: FuzzRequest, path: string) => {
    const res = await call({
      ...r,
      method: 'get',
      body: undefined,
      csv: undefined,
      path,
    });
    if (res.res.status !== 200) {
      outcome.failures.push({
        group: r.group,
        problem: `accepted, then read back with ${res.res.status}: ${res.what}`,
      });
    }
  };

  await fc.assert(
    fc.asyncProperty(options.requests, async r => {
      const { res, path, what } = await call(r);
      if (res.status >= 300) return true;
      if (r.method === 'post' && path === '/plans') {
        planIds.push(res.body.id);
        if (res.headers.etag) planEtags.set(res.body.id, res.headers.etag);
        await readBack(r, `/plans/${res.body.id}`);
      } else if (r.method === 'post' && /\/results(\?|$)/.test(path)) {
        await readBack(r, path.replace(/\/results(\?.*)?$/, '/readout'));
      } else if (r.method === 'post' && path.endsWith('/measurements')) {
        await readBack(r, path.replace(/\/measurements$/, '/compliance'));
      } else if (r.method === 'post' && path.endsWith('/usage')) {
        await readBack(r, path);
      } else if (r.method === 'post' && path.endsWith('/certification')) {
        await readBack(r, path);
      } else if (r.method === 'post' && path === '/inventory/imports') {
        // The import ran (or went out to no provider): its results still read.
        await readBack(r, path);
      } else if (r.method === 'post' && path === '/history/backfill') {
        backfillIds.push(res.body.id);
      } else if (r.method === 'post' && path === '/campaigns') {
        outcome.campaigns.push({
          namespace: res.body.namespace,
          name: res.body.name,
          request: what,
        });
      }
      // Every rule broken is recorded above; the property holds so that the run goes on.
      return true;
    }),
    {
      seed: options.seed,
      numRuns: options.numRuns,
      interruptAfterTimeLimit: options.timeLimitMs,
      markInterruptAsFailure: false,
    },
  );
  return outcome;
}
