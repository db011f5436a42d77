import { computeBudget } from './budget';
import { coFundedKpi } from './kpis/funding';
import { buildPlatform } from './platform';
import { martechTool } from '../__testUtils__/entities';

const tool = martechTool;

const stack = [
  tool('crm', {
    category: 'crm',
    cost: { amount: 100000, currency: 'EUR' },
    funding: { marketingPct: 50, itPct: 50 },
  }),
  tool('esp', {
    cost: { amount: 60000, currency: 'EUR' },
    funding: { marketingPct: 100, itPct: 0 },
  }),
  tool('sms', { cost: { amount: 40000, currency: 'EUR' } }),
  tool('warehouse', {
    category: 'data-infrastructure',
    cost: { amount: 30000, currency: 'USD' },
    funding: { marketingPct: 33.3, itPct: 66.7 },
  }),
  tool('free', { lifecycle: 'active' }),
  tool('old', {
    lifecycle: 'retired',
    retiredAt: '2026-01-01',
    cost: { amount: 999999, currency: 'EUR' },
    funding: { marketingPct: 50, itPct: 50 },
  }),
];

describe('computeBudget', () => {
  const budget = computeBudget(buildPlatform(stack));

  it('splits the spend of the tools in use by funder, per currency, largest first', () => {
    expect(budget.currencies.map(({ byCategory, ...c }) => c)).toEqual([
      {
        currency: 'EUR',
        total: 200000,
        marketing: 110000,
        it: 50000,
        undeclared: 40000,
        tools: 3,
        coFunded: { tools: 1, amount: 100000, sharePct: 50 },
      },
      {
        currency: 'USD',
        total: 30000,
        marketing: 9990,
        it: 20010,
        undeclared: 0,
        tools: 1,
        coFunded: { tools: 1, amount: 30000, sharePct: 100 },
      },
    ]);
  });

  it('groups each currency by category, with the funders of each', () => {
    expect(budget.currencies[0].byCategory).toEqual([
      {
        category: 'crm',
        title: 'CRM',
        total: 100000,
        marketing: 50000,
        it: 50000,
        undeclared: 0,
        tools: 1,
      },
      {
        category: 'engagement',
        title: 'Customer engagement',
        total: 100000,
        marketing: 60000,
        it: 0,
        undeclared: 40000,
        tools: 2,
      },
    ]);
  });

  it('lists the tools in use, costliest first, and the ones without a cost apart', () => {
    expect(budget.tools.map(t => [t.ref, t.marketing, t.it])).toEqual([
      ['martechtool:default/crm', 50000, 50000],
      ['martechtool:default/esp', 60000, 0],
      ['martechtool:default/sms', 0, 0],
      ['martechtool:default/warehouse', 9990, 20010],
    ]);
    expect(budget.tools.find(t => t.ref.endsWith('/sms'))?.funding).toBeNull();
    expect(budget.unpriced).toEqual([
      { ref: 'martechtool:default/free', title: 'FREE' },
    ]);
  });
});

describe('the co-funded spend KPI', () => {
  it("is the largest currency's co-funded share, each currency in the breakdown", () => {
    const kpi = coFundedKpi(buildPlatform(stack));
    expect(kpi.value).toBe(50);
    expect(kpi.inputs).toEqual([
      {
        description: 'tools in use priced in EUR, co-funded',
        count: 1,
        of: 3,
      },
    ]);
    expect(kpi.breakdown?.map(b => [b.key, b.value])).toEqual([
      ['EUR', 50],
      ['USD', 100],
    ]);
  });

  it('has no value when no tool in use declares a cost', () => {
    const kpi = coFundedKpi(buildPlatform([tool('free', {})]));
    expect(kpi.value).toBeNull();
    expect(kpi.noData).toBe('no tool in use declares a cost');
  });
});
