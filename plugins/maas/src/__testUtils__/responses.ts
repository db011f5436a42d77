// Answers of maas-backend on the demo catalogue, a few rows of each.
import {
  ArmResult,
  CampaignReadoutDetail,
  CampaignReadoutView,
  computeReadout,
  DecommissionPlan,
  Finding,
  GlossaryTermView,
  InventoryImportResult,
  Kpi,
  OwnershipMatrix,
  SprawlView,
  Taxonomy,
  TaxonomyDocument,
  VendorView,
} from '@maas/plugin-maas-common';

export const kpis: Kpi[] = [
  {
    id: 'ownership-sla-coverage',
    title: 'Ownership and SLA coverage',
    definition:
      'Share of vendors, tools in use, data products and audiences with a marketing owner, an IT owner and an SLA.',
    unit: '%',
    value: 78.7,
    inputs: [
      {
        description: 'entities with both owners and an SLA',
        count: 85,
        of: 108,
      },
    ],
    term: {
      ref: 'glossaryterm:default/ownership-sla-coverage',
      title: 'Ownership and SLA coverage',
      status: 'approved',
      definition:
        'The share of MaaS entities that marketing and IT own together and that promise an SLA.',
    },
  },
  {
    id: 'cac-ltv-per-segment',
    title: 'CAC and LTV per segment',
    definition:
      "Per audience: acquisition cost (CAC, its campaigns' spend over the new customers they acquired) and the lifetime value the warehouse posts for it.",
    unit: ': 1',
    value: 4.2,
    benchmark: {
      value: 3,
      description:
        'a customer should bring three times what acquiring them cost',
    },
    inputs: [
      {
        description: 'segments with a CAC and a lifetime value',
        count: 3,
        of: 16,
      },
    ],
  },
  {
    id: 'time-to-market-journey',
    title: 'Time-to-market of a new journey',
    definition:
      "Median days from a campaign's launch from a template to its going live.",
    unit: 'days',
    value: null,
    noData: 'no launched campaign has gone live yet',
    inputs: [
      {
        description: 'launched campaigns that went live',
        count: 0,
        of: 2,
      },
    ],
  },
];

export const history = [
  {
    period: '2026-11-21',
    takenAt: '',
    data: { kpis: { 'ownership-sla-coverage': 77.5 } },
  },
  {
    period: '2026-11-22',
    takenAt: '',
    data: { kpis: { 'ownership-sla-coverage': 78.7 } },
  },
];

const tool = (name: string, title: string, amount: number) => ({
  ref: `martechtool:default/${name}`,
  title,
  lifecycle: 'active',
  cost: { amount, currency: 'EUR' },
});

export const sprawl: SprawlView = {
  asOf: '2026-11-22',
  capabilities: [
    {
      capability: 'email-sending',
      title: 'Marketing email sending',
      category: 'engagement',
      tools: [
        tool('braze-engagement', 'Braze', 180000),
        tool('mailchimp', 'Mailchimp', 18000),
      ],
    },
    {
      capability: 'loyalty-programme',
      title: 'Loyalty programme',
      category: 'commerce',
      tools: [tool('talon-one', 'Talon.One', 60000)],
    },
  ],
  redundancyGroups: [
    {
      capability: 'email-sending',
      title: 'Marketing email sending',
      category: 'engagement',
      tools: [
        tool('braze-engagement', 'Braze', 180000),
        tool('mailchimp', 'Mailchimp', 18000),
      ],
      combinedCost: [{ amount: 198000, currency: 'EUR' }],
    },
  ],
  overlapCost: [{ amount: 198000, currency: 'EUR' }],
  licences: [
    {
      ref: 'martechtool:default/hootsuite',
      title: 'Hootsuite',
      purchased: 25,
      active: 27,
      utilisationPct: 108,
      source: 'catalogue',
      unusedSeats: 0,
      unusedCost: { amount: 0, currency: 'EUR' },
    },
  ],
  unusedSeatCost: [{ amount: 0, currency: 'EUR' }],
  candidates: [
    {
      ...tool('mailchimp', 'Mailchimp', 18000),
      weight: 5,
      reasons: [
        { reason: 'eliminate', detail: 'TIME disposition is eliminate' },
        { reason: 'redundant', detail: 'email-sending also served by Braze' },
      ],
      plan: null,
    },
  ],
  retirement: {
    windowStart: '2025-11-22',
    windowEnd: '2026-11-22',
    retired: [
      {
        ref: 'martechtool:default/tealium-audiencestream',
        title: 'Tealium AudienceStream',
        retiredAt: '2026-03-31',
      },
    ],
    toolsInScope: 45,
    retiredPct: 2.2,
    targetPct: 20,
    remainingToTarget: 8,
  },
  plans: { open: 1, doneInWindow: 0 },
};

export const vendor: VendorView = {
  ref: 'vendor:default/snowflake',
  title: 'Snowflake Inc.',
  score: 88.1,
  contract: null,
  criteria: [
    {
      criterion: 'exportApi',
      weight: 15,
      value: 1,
      points: 15,
      maxPoints: 15,
      detail: 'full export API',
      source: 'martechtool:default/snowflake',
    },
    {
      criterion: 'egressFees',
      weight: 10,
      value: 0.5,
      points: 5,
      maxPoints: 10,
      detail: 'egress fees capped',
    },
  ],
  dependents: [],
  tools: [],
  dataAct: {
    asOf: {
      date: '2026-11-22',
      checks: [
        {
          ruleId: 'switching-charges',
          title: 'Switching charges, egress included: at cost, then none',
          article: 'art. 29',
          status: 'pass',
          detail: 'egress fees capped',
          failsOn: {
            date: '2027-01-12',
            requirement: 'contract.egressFees is none',
            detail: 'egress fees capped',
          },
        },
        {
          ruleId: 'transition-period',
          title: 'Transition at most 30 days',
          article: 'art. 25(2)(a)',
          status: 'unknown',
          detail: 'transition period not declared',
        },
      ],
    },
  },
  deadline: {
    termEnd: '2028-01-31',
    noticeDays: 90,
    deadline: '2027-11-02',
    daysLeft: 345,
  },
  latestDecision: null,
  decidedForCurrentTerm: false,
  decisions: [],
};

export const findings: Finding[] = [
  {
    rule: 'consent-gap',
    severity: 'high',
    entityRef: 'audience:default/cart-abandoners-web',
    kind: 'Audience',
    title: 'Web cart abandoners',
    owner: 'group:ecommerce-marketing',
    mustAct: 'both',
    message:
      'requires TCF purposes 5, 6 that its source dataproduct:web-behaviour-events does not carry',
  },
  {
    rule: 'missing-technical-owner',
    severity: 'medium',
    entityRef: 'martechtool:default/mailchimp',
    kind: 'MartechTool',
    title: 'Mailchimp',
    owner: 'group:brand',
    mustAct: 'it',
    message: 'no IT owner (spec.technicalOwner): marketing owns it alone',
  },
];

export const matrix: OwnershipMatrix = {
  kinds: ['Vendor', 'MartechTool'],
  rows: [
    {
      group: 'group:default/crm',
      known: true,
      cells: {
        Vendor: { marketing: 0, it: 0, coOwned: 0 },
        MartechTool: { marketing: 8, it: 0, coOwned: 8 },
      },
    },
    {
      group: 'group:default/social-media',
      known: false,
      cells: {
        Vendor: { marketing: 0, it: 0, coOwned: 0 },
        MartechTool: { marketing: 1, it: 0, coOwned: 1 },
      },
    },
  ],
  entities: [],
};

export const plans: DecommissionPlan[] = [
  {
    id: 'p1',
    toolRef: 'martechtool:default/hotjar',
    targetDate: '2027-03-31',
    state: 'planned',
    steps: [
      { title: 'Export the data', done: true },
      { title: 'Cancel the contract', done: false },
    ],
    createdBy: 'user:default/guest',
    createdAt: '2026-11-22T10:00:00Z',
    updatedAt: '2026-11-22T10:00:00Z',
    version: 3,
  },
];

/** A campaign's readout as maas-backend answers it, computed by the shared readout. */
export function readoutView(
  name: string,
  over: {
    owner?: string;
    template?: string;
    status?: CampaignReadoutView['campaign']['status'];
    experiment?: { holdoutPct?: number; variants?: string[] };
    results?: ArmResult[];
  } = {},
): CampaignReadoutDetail {
  const results = over.results ?? [];
  const readout = computeReadout({
    experiment: over.experiment ?? { holdoutPct: 10 },
    results,
  });
  const arms = readout.arms.map(a => a.arm);
  return {
    campaign: {
      namespace: 'default',
      name,
      title: name.replace(/-/g, ' '),
      status: over.status ?? 'live',
      owner: over.owner ?? 'group:default/crm',
      template: over.template ?? 'template:default/email-nurture-journey',
      audience: 'audience:default/repeat-buyers',
      start: '2026-10-01',
    },
    currency: 'EUR',
    readout,
    days: results.length
      ? { first: '2026-10-01', last: '2026-10-02', count: 2 }
      : null,
    // Two days: half of each arm's figures on the first.
    series: results.length
      ? ['2026-10-01', '2026-10-02'].map((day, i) => ({
          day,
          arms: arms.map(arm => {
            const r = readout.arms.find(a => a.arm === arm)!;
            const users = i === 0 ? Math.round(r.users / 2) : r.users;
            const conversions =
              i === 0 ? Math.round(r.conversions / 2) : r.conversions;
            return {
              arm,
              users,
              conversions,
              conversionRate: users ? conversions / users : null,
            };
          }),
        }))
      : [],
  };
}

const arm = (
  name: string,
  users: number,
  conversions: number,
  spend = 0,
): ArmResult => ({
  arm: name,
  users,
  conversions,
  revenue: conversions * 60,
  spend,
  newCustomers: Math.round(conversions / 3),
});

/** A clear win with a 10 % holdout, an A/B test of another team, a campaign without results. */
export const readouts: CampaignReadoutDetail[] = [
  readoutView('autumn-reactivation', {
    results: [
      arm('treatment', 90_000, 2_700, 15_000),
      arm('holdout', 10_000, 220),
    ],
  }),
  readoutView('checkout-landing-ab', {
    owner: 'group:default/ecommerce-marketing',
    template: 'template:default/landing-page-ab-test',
    experiment: { holdoutPct: 20, variants: ['A', 'B'] },
    results: [
      arm('A', 24_000, 700, 2_000),
      arm('B', 24_000, 540, 2_000),
      arm('holdout', 12_000, 360),
    ],
  }),
  readoutView('winter-sms-win-back', {
    template: 'template:default/sms-win-back',
  }),
];

export const glossary: GlossaryTermView[] = [
  {
    ref: 'glossaryterm:default/active-customer',
    title: 'Active customer',
    definition: 'A customer with at least one order in the last 12 months.',
    formula: 'count(distinct customer_id) where last_order_at >= today - 365',
    unit: 'customers',
    status: 'approved',
    synonyms: ['active client'],
    owner: 'group:default/crm',
    technicalOwner: 'group:default/data-platform',
    ownership: 'co-owned',
    implementedBy: [
      {
        ref: 'dataproduct:default/order-history',
        kind: 'DataProduct',
        title: 'Order history',
        inCatalogue: true,
      },
    ],
    replaces: [],
    kpis: [],
    usedBy: [],
    findings: [],
  },
  {
    ref: 'glossaryterm:default/conversion-rate',
    title: 'Conversion rate',
    definition:
      "Conversions divided by the people assigned to a campaign's arm over the campaign.",
    unit: '%',
    status: 'approved',
    synonyms: ['CVR'],
    owner: 'group:default/ecommerce-marketing',
    technicalOwner: 'group:default/data-platform',
    ownership: 'co-owned',
    implementedBy: [
      {
        ref: 'component:default/maas-for-backstage',
        kind: 'Component',
        title: 'MaaS for Backstage',
        inCatalogue: true,
      },
    ],
    replaces: [],
    kpis: [],
    usedBy: [
      {
        ref: 'template:default/email-nurture-journey',
        kind: 'Template',
        title: 'Email nurture journey',
        inCatalogue: true,
        kpi: 'conversion-rate',
      },
    ],
    findings: [],
  },
  {
    ref: 'glossaryterm:default/reactivation-rate',
    title: 'Reactivation rate',
    definition:
      'The share of lapsed customers who order again within 30 days of a win-back message.',
    unit: '%',
    status: 'draft',
    synonyms: ['win-back rate'],
    owner: 'group:default/crm',
    ownership: 'marketing-only',
    implementedBy: [],
    replaces: [],
    kpis: [],
    usedBy: [],
    findings: [
      {
        rule: 'term-not-co-owned',
        severity: 'medium',
        entityRef: 'glossaryterm:default/reactivation-rate',
        kind: 'GlossaryTerm',
        title: 'Reactivation rate',
        owner: 'group:crm',
        mustAct: 'it',
        message:
          'no IT owner (spec.technicalOwner): the term is defined by marketing alone',
      },
    ],
  },
];

/** The demo's taxonomy: the built-in lists, experience analytics added, an alias. */
export const taxonomy: TaxonomyDocument = Taxonomy.fromConfig({
  capabilities: [
    {
      id: 'experience-analytics',
      title: 'Experience analytics',
      category: 'analytics',
    },
  ],
  aliases: { capabilities: { 'digital-analytics': 'web-analytics' } },
}).toDocument();

/** The demo's inventory import of the Nordic spreadsheet, its bad row included. */
export const inventoryImports: InventoryImportResult[] = [
  {
    providerId: 'nordics',
    source: '/srv/backstage/examples/inventory/martech-inventory.xlsx',
    sheet: 'Tools',
    startedAt: '2026-12-01T09:00:00.000Z',
    finishedAt: '2026-12-01T09:00:01.250Z',
    status: 'imported-with-problems',
    rows: 12,
    entities: { vendors: 11, tools: 11 },
    problems: [
      {
        row: 9,
        column: 'Licences active',
        cell: 'I9',
        field: 'spec.licenses.active',
        entityRef: 'martechtool:default/canva-teams',
        level: 'error',
        message:
          'spec.licenses.active must be a whole number (the cell reads "about 40")',
      },
    ],
    problemCount: 1,
  },
];
