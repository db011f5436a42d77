// Answers of maas-backend on the demo catalogue, a few rows of each.
import {
  DecommissionPlan,
  Finding,
  Kpi,
  OwnershipMatrix,
  SprawlView,
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
  },
  {
    id: 'cac-ltv-per-segment',
    title: 'CAC and LTV per segment',
    definition:
      'Acquisition cost and lifetime value per audience, from campaign results.',
    unit: 'EUR',
    value: null,
    noData:
      'the platform receives no campaign results (spend, customers acquired, revenue) yet',
    inputs: [{ description: 'campaign results received', count: 0 }],
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
    },
  ],
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
