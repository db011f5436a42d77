import fc from 'fast-check';
import { body, hostileString, query, segment, shape } from './hostile';

/** The names the demo catalogue holds, so that plausible requests reach real entities. */
export interface Known {
  vendors: string[];
  tools: string[];
  dataProducts: string[];
  groups: string[];
  audiences: string[];
  templates: string[];
}

/** One request of the fuzz run; `$plan` and `$backfill` stand for ids known at run time. */
export interface FuzzRequest {
  /** The router group the route belongs to (router.ts), to say whose a failure is. */
  group: 'vendors' | 'sprawl' | 'audit' | 'quality' | 'campaigns';
  /** The route as router.ts declares it, e.g. `PATCH /plans/:id`. */
  route: string;
  method: 'get' | 'post' | 'patch';
  path: string;
  principal: 'user' | 'service' | 'none';
  ifMatch?: string;
  body?: unknown;
}

const day = fc
  .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31') })
  .map(d =>
    Number.isNaN(d.getTime()) ? '2026-12-01' : d.toISOString().slice(0, 10),
  );
const recent = fc
  .integer({ min: -2 * 3600, max: 450 * 86400 })
  .map(s => new Date(Date.now() - s * 1000).toISOString());
const viewKeys = {
  asOf: day,
  on: day,
  format: fc.constantFrom('json', 'csv'),
};

/** Fields are given plausible; shape() and body() make them hostile or drop them. */
const field = <T>(plausible: fc.Arbitrary<T>) => plausible;

export function fuzzRequests(known: Known): fc.Arbitrary<FuzzRequest> {
  const vendor = segment(fc.constantFrom(...known.vendors));
  const product = segment(fc.constantFrom(...known.dataProducts));
  const ns = segment(fc.constant('default'));
  const tool = fc.constantFrom(...known.tools);
  const group = fc.constantFrom(...known.groups);
  const planId = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('$plan') },
    { weight: 1, arbitrary: segment(hostileString) },
  );
  const principal = fc.constantFrom<FuzzRequest['principal']>(
    'user',
    'user',
    'user',
    'service',
    'none',
  );
  const step = shape({
    title: field(fc.string({ minLength: 1, maxLength: 30 })),
    owner: field(group),
    done: field(fc.boolean()),
  });
  const steps = field(fc.array(step, { maxLength: 4 }));
  const plan = {
    successor: field(tool),
    targetDate: field(day),
    steps,
    note: field(fc.string({ maxLength: 60 })),
  };
  const measurement = shape({
    timestamp: field(recent),
    freshnessHours: field(fc.double({ min: 0, max: 200, noNaN: true })),
    completenessPct: field(fc.double({ min: 0, max: 100, noNaN: true })),
    events: field(fc.nat()),
    incidents: field(fc.nat({ max: 20 })),
  });
  const campaignName = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8})?$/);

  const route = (
    g: FuzzRequest['group'],
    method: FuzzRequest['method'],
    template: string,
    path: fc.Arbitrary<string>,
    extra: {
      body?: fc.Arbitrary<unknown>;
      ifMatch?: fc.Arbitrary<string | undefined>;
    } = {},
  ): fc.Arbitrary<FuzzRequest> =>
    fc
      .record({
        path,
        principal,
        body: extra.body ?? fc.constant(undefined),
        ifMatch: extra.ifMatch ?? fc.constant(undefined),
      })
      .map(r => ({
        group: g,
        route: `${method.toUpperCase()} ${template}`,
        method,
        path: r.path,
        principal: r.principal,
        ...(r.body !== undefined ? { body: r.body } : {}),
        ...(r.ifMatch !== undefined ? { ifMatch: r.ifMatch } : {}),
      }));
  const path = (...parts: Array<fc.Arbitrary<string> | string>) =>
    fc
      .tuple(...parts.map(p => (typeof p === 'string' ? fc.constant(p) : p)))
      .map(ps => ps.join(''));

  return fc.oneof(
    // vendorRoutes
    route('vendors', 'get', '/vendors', path('/vendors', query(viewKeys))),
    route(
      'vendors',
      'get',
      '/vendors/:namespace/:name',
      path('/vendors/', ns, '/', vendor, query(viewKeys)),
    ),
    route(
      'vendors',
      'get',
      '/vendors/:namespace/:name/decisions',
      path('/vendors/', ns, '/', vendor, '/decisions'),
    ),
    route(
      'vendors',
      'post',
      '/vendors/:namespace/:name/decisions',
      path('/vendors/', ns, '/', vendor, '/decisions'),
      {
        body: body({
          decision: field(fc.constantFrom('renew', 'renegotiate', 'exit')),
          note: field(fc.string({ maxLength: 60 })),
        }),
      },
    ),
    route('vendors', 'get', '/tools', fc.constant('/tools')),
    // sprawlRoutes
    route('sprawl', 'get', '/sprawl', path('/sprawl', query(viewKeys))),
    route('sprawl', 'get', '/plans', fc.constant('/plans')),
    route('sprawl', 'get', '/plans/:id', path('/plans/', planId)),
    route('sprawl', 'post', '/plans', fc.constant('/plans'), {
      body: body({ tool: field(tool), ...plan }),
    }),
    route('sprawl', 'patch', '/plans/:id', path('/plans/', planId), {
      body: body({
        state: field(
          fc.constantFrom('planned', 'in-progress', 'done', 'cancelled'),
        ),
        ...plan,
      }),
      ifMatch: fc.option(
        fc.oneof(
          fc.constantFrom('"1"', '"2"', '"3"', 'W/"1"'),
          // What HTTP lets a header carry: the client refuses anything else before sending.
          hostileString.map(v => v.replace(/[^\t\x20-\x7e]/g, '')),
        ),
        { nil: undefined },
      ),
    }),
    // auditRoutes
    route('audit', 'get', '/audit', path('/audit', query(viewKeys))),
    route(
      'audit',
      'get',
      '/audit/matrix',
      path('/audit/matrix', query(viewKeys)),
    ),
    // qualityRoutes
    route(
      'quality',
      'post',
      '/data-products/:namespace/:name/measurements',
      path('/data-products/', ns, '/', product, '/measurements'),
      {
        body: body({
          measurements: field(
            fc.array(measurement, { minLength: 1, maxLength: 3 }),
          ),
        }),
      },
    ),
    route(
      'quality',
      'get',
      '/data-products/compliance',
      path(
        '/data-products/compliance',
        query({ asOf: day, windowDays: fc.constantFrom('1', '30', '366') }),
      ),
    ),
    route(
      'quality',
      'get',
      '/data-products/:namespace/:name/compliance',
      path(
        '/data-products/',
        ns,
        '/',
        product,
        '/compliance',
        query({ windowDays: fc.constantFrom('7', '30') }),
      ),
    ),
    route('quality', 'get', '/kpis', path('/kpis', query({ asOf: day }))),
    route(
      'quality',
      'get',
      '/history',
      path('/history', query({ from: day, to: day })),
    ),
    route(
      'quality',
      'post',
      '/history/backfill',
      fc.constant('/history/backfill'),
      {
        body: body({ days: field(fc.integer({ min: 1, max: 5 })) }),
      },
    ),
    route(
      'quality',
      'get',
      '/history/backfill/:id',
      path(
        '/history/backfill/',
        fc.oneof(fc.constant('$backfill'), segment(hostileString)),
      ),
    ),
    // campaignRoutes
    route('campaigns', 'post', '/campaigns', fc.constant('/campaigns'), {
      body: body({
        name: field(campaignName),
        namespace: field(fc.constantFrom('default', 'marketing')),
        title: field(fc.string({ maxLength: 30 })),
        owner: field(group),
        template: field(fc.constantFrom(...known.templates)),
        audience: field(fc.constantFrom(...known.audiences)),
        channels: field(fc.array(tool, { minLength: 1, maxLength: 3 })),
        start: field(day),
        // After every start the days above can give, so that plausible campaigns get through.
        end: field(fc.constant('2028-06-30')),
        budget: field(
          shape({
            amount: field(fc.integer({ min: 0, max: 100_000 })),
            currency: field(fc.constantFrom('EUR', 'USD')),
          }),
        ),
        experiment: field(
          shape({
            holdoutPct: field(fc.integer({ min: 0, max: 50 })),
            variants: field(fc.constantFrom(['A', 'B'], ['A'])),
          }),
        ),
        kpis: field(fc.constantFrom(['conversion-rate'])),
        status: field(fc.constantFrom('draft', 'live')),
        taskId: field(fc.uuid()),
      }),
    }),
    route('campaigns', 'get', '/campaigns', fc.constant('/campaigns')),
    route(
      'campaigns',
      'get',
      '/campaigns/:namespace/:name',
      path('/campaigns/', ns, '/', segment(campaignName)),
    ),
    route(
      'campaigns',
      'patch',
      '/campaigns/:namespace/:name',
      path('/campaigns/', ns, '/', segment(campaignName)),
      {
        body: body({
          status: field(
            fc.constantFrom('draft', 'live', 'completed', 'cancelled'),
          ),
        }),
      },
    ),
  );
}
