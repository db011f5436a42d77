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
  /** `namespace/name` of live campaigns, which results can be posted for. */
  liveCampaigns: string[];
  glossaryTerms: string[];
}

/**
 * One request of the fuzz run; `$plan`, `$backfill` and `$campaign` stand for ids and names
 * known at run time, an If-Match of `$etag` for the plan's current ETag.
 */
export interface FuzzRequest {
  /** The router group the route belongs to (router.ts), to say whose a failure is. */
  group:
    | 'vendors'
    | 'sprawl'
    | 'audit'
    | 'quality'
    | 'campaigns'
    | 'results'
    | 'glossary'
    | 'intake'
    | 'certification';
  /** The route as router.ts declares it, e.g. `PATCH /plans/:id`. */
  route: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  principal: 'user' | 'service' | 'none';
  ifMatch?: string;
  body?: unknown;
  /** A body sent as `text/csv` instead of JSON. */
  csv?: string;
}

const day = fc
  .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31') })
  .map(d =>
    Number.isNaN(d.getTime()) ? '2026-12-01' : d.toISOString().slice(0, 10),
  );
const recent = fc
  .integer({ min: -2 * 3600, max: 450 * 86400 })
  .map(s => new Date(Date.now() - s * 1000).toISOString());
/** A day of usage: today or up to 400 days back, as a system reports it. */
const usageDay = fc
  .integer({ min: 0, max: 400 })
  .map(d => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10));
const viewKeys = {
  asOf: day,
  on: day,
  format: fc.constantFrom('json', 'csv'),
};

/**
 * The weight of the routes that write (against 1 for the others): they reach the stores, and
 * only a share of their generated requests is plausible enough to be accepted.
 */
const DEEP = 2;

/** Fields are given plausible; shape() and body() make them hostile or drop them. */
const field = <T>(plausible: fc.Arbitrary<T>) => plausible;

export function fuzzRequests(known: Known): fc.Arbitrary<FuzzRequest> {
  const vendor = segment(fc.constantFrom(...known.vendors));
  const product = segment(fc.constantFrom(...known.dataProducts));
  const term = segment(fc.constantFrom(...known.glossaryTerms));
  const ns = segment(fc.constant('default'));
  const tool = fc.constantFrom(...known.tools);
  const toolSegment = segment(tool);
  const seats = fc.nat({ max: 500 });
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
  // A live campaign, one the run launched (`$campaign`), or any name.
  const campaign = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known.liveCampaigns) },
    { weight: 1, arbitrary: fc.constant('$campaign') },
    {
      weight: 1,
      arbitrary: fc
        .tuple(ns, segment(campaignName))
        .map(([n, c]) => `${n}/${c}`),
    },
  );
  const audience = segment(
    fc.constantFrom(...known.audiences.map(a => a.replace(/^.*\//, ''))),
  );
  // Mostly the live campaign's currency; now and then another, or one written in lower case.
  const currency = fc.constantFrom('EUR', 'EUR', 'EUR', 'USD', 'eur');
  const certificationRole = fc.constantFrom('marketing', 'it');
  // Mostly the live campaign's arms, now and then another campaign's.
  const arm = fc.constantFrom('A', 'B', 'holdout', 'A', 'B', 'treatment');
  const resultDay = fc
    .integer({ min: -1, max: 300 })
    .map(n => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10));
  const resultRow = shape({
    day: field(resultDay),
    arm: field(arm),
    users: field(fc.nat({ max: 100_000 })),
    conversions: field(fc.nat({ max: 5_000 })),
    revenue: field(fc.double({ min: 0, max: 1e6, noNaN: true })),
    spend: field(fc.double({ min: 0, max: 1e5, noNaN: true })),
    newCustomers: field(fc.nat({ max: 5_000 })),
  });
  const csvCell = fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 50_000 }).map(String) },
    { weight: 1, arbitrary: hostileString },
  );
  const resultsCsv = fc
    .tuple(
      fc.constantFrom(
        'day,arm,users,conversions,revenue,spend,newCustomers',
        'day,arm,users,conversions,revenue,spend,newCustomers',
        'day,arm,users,conversions,revenue,spend,newCustomers',
        'arm,day,users,conversions,revenue,spend,newCustomers',
        'day,arm,users',
        '',
      ),
      fc.array(
        fc.tuple(
          resultDay,
          arm,
          // Mostly the five figures a row has; now and then a ragged row.
          fc.oneof(
            {
              weight: 3,
              arbitrary: fc.array(csvCell, { minLength: 5, maxLength: 5 }),
            },
            {
              weight: 1,
              arbitrary: fc.array(csvCell, { minLength: 0, maxLength: 6 }),
            },
          ),
        ),
        { maxLength: 4 },
      ),
    )
    .map(([header, rows]) =>
      [header, ...rows.map(([d, a, cells]) => [d, a, ...cells].join(','))].join(
        '\n',
      ),
    );

  const route = (
    g: FuzzRequest['group'],
    method: FuzzRequest['method'],
    template: string,
    path: fc.Arbitrary<string>,
    extra: {
      body?: fc.Arbitrary<unknown>;
      ifMatch?: fc.Arbitrary<string | undefined>;
      csv?: fc.Arbitrary<string | undefined>;
      /** How often against the other routes (default 1). */
      weight?: number;
    } = {},
  ): fc.WeightedArbitrary<FuzzRequest> => ({
    weight: extra.weight ?? 1,
    arbitrary: fc
      .record({
        path,
        principal,
        body: extra.body ?? fc.constant(undefined),
        ifMatch: extra.ifMatch ?? fc.constant(undefined),
        csv: extra.csv ?? fc.constant(undefined),
      })
      .map(r => ({
        group: g,
        route: `${method.toUpperCase()} ${template}`,
        method,
        path: r.path,
        principal: r.principal,
        ...(r.body !== undefined ? { body: r.body } : {}),
        ...(r.ifMatch !== undefined ? { ifMatch: r.ifMatch } : {}),
        ...(r.csv !== undefined ? { csv: r.csv } : {}),
      })),
  });
  const path = (...parts: Array<fc.Arbitrary<string> | string>) =>
    fc
      .tuple(...parts.map(p => (typeof p === 'string' ? fc.constant(p) : p)))
      .map(ps => ps.join(''));
  const certification = '/audiences/:namespace/:name/certification';
  const certificationPath = path(
    '/audiences/',
    ns,
    '/',
    audience,
    '/certification',
  );

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
        weight: DEEP,
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
      weight: DEEP,
      body: body({ tool: field(tool), ...plan }),
    }),
    route('sprawl', 'patch', '/plans/:id', path('/plans/', planId), {
      // A change needs a plan, its ETag, a user and a legal move: the rarest to get through.
      weight: DEEP + 1,
      body: body({
        state: field(
          fc.constantFrom('planned', 'in-progress', 'done', 'cancelled'),
        ),
        ...plan,
      }),
      ifMatch: fc.option(
        fc.oneof(
          // Mostly the plan's current ETag (runFuzz keeps it), so that changes get through.
          { weight: 4, arbitrary: fc.constant('$etag') },
          {
            weight: 1,
            arbitrary: fc.constantFrom('"1"', '"2"', '"3"', 'W/"1"'),
          },
          // What HTTP lets a header carry: the client refuses anything else before sending.
          {
            weight: 1,
            arbitrary: hostileString.map(v => v.replace(/[^\t\x20-\x7e]/g, '')),
          },
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
        weight: DEEP,
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
    // usageRoutes, budgetRoutes
    route(
      'intake',
      'post',
      '/tools/:namespace/:name/usage',
      path('/tools/', ns, '/', toolSegment, '/usage'),
      {
        weight: DEEP,
        body: body({
          asOf: field(usageDay),
          active: field(seats),
          purchased: field(seats),
          assigned: field(seats),
          source: field(fc.string({ maxLength: 20 })),
        }),
      },
    ),
    route(
      'intake',
      'get',
      '/tools/:namespace/:name/usage',
      path(
        '/tools/',
        ns,
        '/',
        toolSegment,
        '/usage',
        query({ from: day, to: day }),
      ),
    ),
    route(
      'intake',
      'get',
      '/budget',
      path('/budget', query({ currency: fc.constant('EUR') })),
    ),
    // inventoryRoutes, taxonomyRoutes
    route(
      'intake',
      'get',
      '/inventory/imports',
      path('/inventory/imports', query({ providerId: fc.constant('nordics') })),
    ),
    route(
      'intake',
      'post',
      '/inventory/imports',
      fc.constant('/inventory/imports'),
      {
        body: body({
          // The demo's import, and one no config names (the request goes out to nobody).
          providerId: field(fc.constantFrom('nordics', 'nordics', 'elsewhere')),
        }),
      },
    ),
    route(
      'intake',
      'get',
      '/taxonomy',
      path('/taxonomy', query({ id: fc.constant('web-analytics') })),
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
    route(
      'campaigns',
      'get',
      '/campaigns/:namespace/:name/readiness',
      path('/campaigns/', campaign, '/readiness'),
    ),
    // certificationRoutes
    route('certification', 'get', certification, certificationPath),
    route('certification', 'post', certification, certificationPath, {
      body: body({ role: field(certificationRole) }),
    }),
    route(
      'certification',
      'delete',
      `${certification}/:role`,
      path(certificationPath, '/', segment(certificationRole)),
    ),
    // resultsRoutes
    route(
      'results',
      'post',
      '/campaigns/:namespace/:name/results',
      path('/campaigns/', campaign, '/results', query({ currency })),
      {
        weight: DEEP,
        body: body({
          currency: field(currency),
          rows: field(fc.array(resultRow, { minLength: 1, maxLength: 4 })),
        }),
        csv: fc.option(resultsCsv, { freq: 2, nil: undefined }),
      },
    ),
    route(
      'results',
      'get',
      '/campaigns/:namespace/:name/readout',
      path('/campaigns/', campaign, '/readout'),
    ),
    route('results', 'get', '/readouts', fc.constant('/readouts')),
    route(
      'results',
      'post',
      '/audiences/:namespace/:name/value',
      path('/audiences/', ns, '/', audience, '/value'),
      {
        weight: DEEP,
        body: body({
          // A value is computed for a day that has been: mostly a recent one.
          asOf: field(resultDay),
          ltv: field(
            shape({
              amount: field(fc.double({ min: 0, max: 5_000, noNaN: true })),
              currency,
            }),
          ),
          method: field(fc.string({ maxLength: 40 })),
        }),
      },
    ),
    // glossaryRoutes
    route('glossary', 'get', '/glossary', fc.constant('/glossary')),
    route(
      'glossary',
      'get',
      '/glossary/:namespace/:name',
      path('/glossary/', ns, '/', term),
    ),
  );
}
