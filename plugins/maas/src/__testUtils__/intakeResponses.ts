import {
  BudgetReport,
  LicenceUtilisation,
  ToolUsageHistory,
} from '@maas/plugin-maas-common';

// Demo-shaped answers of the platform owner's intake routes: budget, licence usage, renewals.

export const budget: BudgetReport = {
  currencies: [
    {
      currency: 'EUR',
      total: 580000,
      marketing: 330000,
      it: 190000,
      undeclared: 60000,
      tools: 3,
      byCategory: [
        {
          category: 'crm',
          title: 'CRM',
          total: 380000,
          marketing: 190000,
          it: 190000,
          undeclared: 0,
          tools: 1,
        },
        {
          category: 'engagement',
          title: 'Customer engagement',
          total: 200000,
          marketing: 140000,
          it: 0,
          undeclared: 60000,
          tools: 2,
        },
      ],
      coFunded: { tools: 1, amount: 380000, sharePct: 65.5 },
    },
  ],
  tools: [
    {
      ref: 'martechtool:default/salesforce-sales-cloud',
      title: 'Salesforce Sales Cloud',
      category: 'crm',
      cost: { amount: 380000, currency: 'EUR' },
      funding: { marketingPct: 50, itPct: 50 },
      coFunded: true,
      marketing: 190000,
      it: 190000,
    },
    {
      ref: 'martechtool:default/braze-engagement',
      title: 'Braze',
      category: 'engagement',
      cost: { amount: 140000, currency: 'EUR' },
      funding: { marketingPct: 100, itPct: 0 },
      coFunded: false,
      marketing: 140000,
      it: 0,
    },
    {
      ref: 'martechtool:default/mailchimp',
      title: 'Mailchimp',
      category: 'engagement',
      cost: { amount: 60000, currency: 'EUR' },
      funding: null,
      coFunded: false,
      marketing: 0,
      it: 0,
    },
  ],
  unpriced: [],
};

export const brazeUsage: ToolUsageHistory = {
  toolRef: 'martechtool:default/braze-engagement',
  title: 'Braze',
  from: '2025-12-01',
  to: '2026-12-01',
  cost: { amount: 140000, currency: 'EUR' },
  current: {
    purchased: 40,
    active: 22,
    assigned: 35,
    utilisationPct: 55,
    unusedSeats: 18,
    unusedCost: { amount: 63000, currency: 'EUR' },
    source: 'usage',
    asOf: '2026-12-01',
    reportedBy: 'okta',
  },
  points: [
    {
      asOf: '2026-10-01',
      active: 31,
      purchased: 40,
      utilisationPct: 77.5,
      unusedSeats: 9,
      unusedCost: { amount: 31500, currency: 'EUR' },
      source: 'okta',
    },
    {
      asOf: '2026-12-01',
      active: 22,
      purchased: 40,
      assigned: 35,
      utilisationPct: 55,
      unusedSeats: 18,
      unusedCost: { amount: 63000, currency: 'EUR' },
      source: 'okta',
    },
  ],
};

/** Braze in the sprawl report once its usage was posted. */
export const brazeLicence: LicenceUtilisation = {
  ref: 'martechtool:default/braze-engagement',
  title: 'Braze',
  purchased: 40,
  active: 22,
  utilisationPct: 55,
  source: 'usage',
  asOf: '2026-12-01',
  unusedSeats: 18,
  unusedCost: { amount: 63000, currency: 'EUR' },
};
