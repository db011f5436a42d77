import fc from 'fast-check';
import { body, hostileString, query, segment, shape } from './hostile';

/**
 * Every route the generators below send requests to, as router.ts's groups register it, with
 * the group it belongs to. fuzzRequests must have a generator for each and no other, and
 * routes.fuzzCoverage.test.ts holds the list against the routes the router registers.
 */
export const fuzzedRoutes = {
  'GET /vendors': 'vendors',
  'GET /vendors/:namespace/:name': 'vendors',
  'GET /vendors/:namespace/:name/decisions': 'vendors',
  'POST /vendors/:namespace/:name/decisions': 'vendors',
  'GET /tools': 'vendors',
  'GET /sprawl': 'sprawl',
  'GET /plans': 'sprawl',
  'GET /plans/:id': 'sprawl',
  'POST /plans': 'sprawl',
  'PATCH /plans/:id': 'sprawl',
  'GET /audit': 'audit',
  'GET /audit/matrix': 'audit',
  'POST /data-products/:namespace/:name/measurements': 'quality',
  'GET /data-products/compliance': 'quality',
  'GET /data-products/:namespace/:name/compliance': 'quality',
  'GET /kpis': 'quality',
  'GET /history': 'quality',
  'POST /history/backfill': 'quality',
  'GET /history/backfill/:id': 'quality',
  'POST /tools/:namespace/:name/usage': 'intake',
  'GET /tools/:namespace/:name/usage': 'intake',
  'GET /budget': 'intake',
  'GET /inventory/imports': 'intake',
  'POST /inventory/imports': 'intake',
  'GET /taxonomy': 'intake',
  'POST /campaigns': 'campaigns',
  'GET /campaigns': 'campaigns',
  'GET /campaigns/:namespace/:name': 'campaigns',
  'PATCH /campaigns/:namespace/:name': 'campaigns',
  'GET /campaigns/:namespace/:name/readiness': 'campaigns',
  'GET /audiences/:namespace/:name/certification': 'certification',
  'POST /audiences/:namespace/:name/certification': 'certification',
  'DELETE /audiences/:namespace/:name/certification/:role': 'certification',
  'POST /campaigns/:namespace/:name/results': 'results',
  'GET /campaigns/:namespace/:name/readout': 'results',
  'GET /readouts': 'results',
  'POST /audiences/:namespace/:name/value': 'results',
  'GET /glossary': 'glossary',
  'GET /glossary/:namespace/:name': 'glossary',
} as const;

/** A route as router.ts declares it, e.g. `PATCH /plans/:id`. */
export type FuzzedRoute = keyof typeof fuzzedRoutes;

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
  group: (typeof fuzzedRoutes)[FuzzedRoute];
  route: FuzzedRoute;
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

/** How a route's requests are made: the path (with its query) and what else it sends. */
interface RouteSpec {
  path: fc.Arbitrary<string>;
  body?: fc.Arbitrary<unknown>;
  ifMatch?: fc.Arbitrary<string | undefined>;
  csv?: fc.Arbitrary<string | undefined>;
  /** How often against the other routes (default 1). */
  weight?: number;
}

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
    r: FuzzedRoute,
    spec: RouteSpec,
  ): fc.WeightedArbitrary<FuzzRequest> => ({
    weight: spec.weight ?? 1,
    arbitrary: fc
      .record({
        path: spec.path,
        principal,
        body: spec.body ?? fc.constant(undefined),
        ifMatch: spec.ifMatch ?? fc.constant(undefined),
        csv: spec.csv ?? fc.constant(undefined),
      })
      .map(g => ({
        group: fuzzedRoutes[r],
        route: r,
        method: r
          .slice(0, r.indexOf(' '))
          .toLowerCase() as FuzzRequest['method'],
        path: g.path,
        principal: g.principal,
        ...(g.body !== undefined ? { body: g.body } : {}),
        ...(g.ifMatch !== undefined ? { ifMatch: g.ifMatch } : {}),
        ...(g.csv !== undefined ? { csv: g.csv } : {}),
      })),
  });
  const path = (...parts: Array<fc.Arbitrary<string> | string>) =>
    fc
      .tuple(...parts.map(p => (typeof p === 'string' ? fc.constant(p) : p)))
      .map(ps => ps.join(''));
  const certificationPath = path(
    '/audiences/',
    ns,
    '/',
    audience,
    '/certification',
  );

  // One for each of fuzzedRoutes and no other, or the type check fails.
  const generators: Record<FuzzedRoute, RouteSpec> = {
    // vendorRoutes
    'GET /vendors': { path: path('/vendors', query(viewKeys)) },
    'GET /vendors/:namespace/:name': {
      path: path('/vendors/', ns, '/', vendor, query(viewKeys)),
    },
    'GET /vendors/:namespace/:name/decisions': {
      path: path('/vendors/', ns, '/', vendor, '/decisions'),
    },
    'POST /vendors/:namespace/:name/decisions': {
      path: path('/vendors/', ns, '/', vendor, '/decisions'),
      weight: DEEP,
      body: body({
        decision: field(fc.constantFrom('renew', 'renegotiate', 'exit')),
        note: field(fc.string({ maxLength: 60 })),
      }),
    },
    'GET /tools': { path: fc.constant('/tools') },
    // sprawlRoutes
    'GET /sprawl': { path: path('/sprawl', query(viewKeys)) },
    'GET /plans': { path: fc.constant('/plans') },
    'GET /plans/:id': { path: path('/plans/', planId) },
    'POST /plans': {
      path: fc.constant('/plans'),
      weight: DEEP,
      body: body({ tool: field(tool), ...plan }),
    },
    'PATCH /plans/:id': {
      path: path('/plans/', planId),
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
    },
    // auditRoutes
    'GET /audit': { path: path('/audit', query(viewKeys)) },
    'GET /audit/matrix': { path: path('/audit/matrix', query(viewKeys)) },
    // qualityRoutes
    'POST /data-products/:namespace/:name/measurements': {
      path: path('/data-products/', ns, '/', product, '/measurements'),
      weight: DEEP,
      body: body({
        measurements: field(
          fc.array(measurement, { minLength: 1, maxLength: 3 }),
        ),
      }),
    },
    'GET /data-products/compliance': {
      path: path(
        '/data-products/compliance',
        query({ asOf: day, windowDays: fc.constantFrom('1', '30', '366') }),
      ),
    },
    'GET /data-products/:namespace/:name/compliance': {
      path: path(
        '/data-products/',
        ns,
        '/',
        product,
        '/compliance',
        query({ windowDays: fc.constantFrom('7', '30') }),
      ),
    },
    'GET /kpis': { path: path('/kpis', query({ asOf: day })) },
    'GET /history': { path: path('/history', query({ from: day, to: day })) },
    'POST /history/backfill': {
      path: fc.constant('/history/backfill'),
      body: body({ days: field(fc.integer({ min: 1, max: 5 })) }),
    },
    'GET /history/backfill/:id': {
      path: path(
        '/history/backfill/',
        fc.oneof(fc.constant('$backfill'), segment(hostileString)),
      ),
    },
    // usageRoutes, budgetRoutes
    'POST /tools/:namespace/:name/usage': {
      path: path('/tools/', ns, '/', toolSegment, '/usage'),
      weight: DEEP,
      body: body({
        asOf: field(usageDay),
        active: field(seats),
        purchased: field(seats),
        assigned: field(seats),
        source: field(fc.string({ maxLength: 20 })),
      }),
    },
    'GET /tools/:namespace/:name/usage': {
      path: path(
        '/tools/',
        ns,
        '/',
        toolSegment,
        '/usage',
        query({ from: day, to: day }),
      ),
    },
    'GET /budget': {
      path: path('/budget', query({ currency: fc.constant('EUR') })),
    },
    // inventoryRoutes, taxonomyRoutes
    'GET /inventory/imports': {
      path: path(
        '/inventory/imports',
        query({ providerId: fc.constant('nordics') }),
      ),
    },
    'POST /inventory/imports': {
      path: fc.constant('/inventory/imports'),
      body: body({
        // The demo's import, and one no config names (the request goes out to nobody).
        providerId: field(fc.constantFrom('nordics', 'nordics', 'elsewhere')),
      }),
    },
    'GET /taxonomy': {
      path: path('/taxonomy', query({ id: fc.constant('web-analytics') })),
    },
    // campaignRoutes
    'POST /campaigns': {
      path: fc.constant('/campaigns'),
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
    },
    'GET /campaigns': { path: fc.constant('/campaigns') },
    'GET /campaigns/:namespace/:name': {
      path: path('/campaigns/', ns, '/', segment(campaignName)),
    },
    'PATCH /campaigns/:namespace/:name': {
      path: path('/campaigns/', ns, '/', segment(campaignName)),
      body: body({
        status: field(
          fc.constantFrom('draft', 'live', 'completed', 'cancelled'),
        ),
      }),
    },
    'GET /campaigns/:namespace/:name/readiness': {
      path: path('/campaigns/', campaign, '/readiness'),
    },
    // certificationRoutes
    'GET /audiences/:namespace/:name/certification': {
      path: certificationPath,
    },
    'POST /audiences/:namespace/:name/certification': {
      path: certificationPath,
      body: body({ role: field(certificationRole) }),
    },
    'DELETE /audiences/:namespace/:name/certification/:role': {
      path: path(certificationPath, '/', segment(certificationRole)),
    },
    // resultsRoutes
    'POST /campaigns/:namespace/:name/results': {
      path: path('/campaigns/', campaign, '/results', query({ currency })),
      weight: DEEP,
      body: body({
        currency: field(currency),
        rows: field(fc.array(resultRow, { minLength: 1, maxLength: 4 })),
      }),
      csv: fc.option(resultsCsv, { freq: 2, nil: undefined }),
    },
    'GET /campaigns/:namespace/:name/readout': {
      path: path('/campaigns/', campaign, '/readout'),
    },
    'GET /readouts': { path: fc.constant('/readouts') },
    'POST /audiences/:namespace/:name/value': {
      path: path('/audiences/', ns, '/', audience, '/value'),
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
    // glossaryRoutes
    'GET /glossary': { path: fc.constant('/glossary') },
    'GET /glossary/:namespace/:name': {
      path: path('/glossary/', ns, '/', term),
    },
  };
  // In the order written, on which the requests the seed draws depend.
  return fc.oneof(
    ...Object.entries(generators).map(([r, spec]) =>
      route(r as FuzzedRoute, spec),
    ),
  );
}
