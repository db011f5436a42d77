import {
  BudgetReport,
  BudgetTool,
  CurrencyBudget,
  FundedAmounts,
  isCoFunded,
  splitFunding,
  Taxonomy,
} from '@maas/plugin-maas-common';
import { percent } from './numbers';
import { Platform, refOf } from './platform';
import { isInUse } from './sprawl';

const none = (): FundedAmounts => ({
  total: 0,
  marketing: 0,
  it: 0,
  undeclared: 0,
});

function add(into: FundedAmounts, tool: BudgetTool): void {
  into.total += tool.cost.amount;
  into.marketing += tool.marketing;
  into.it += tool.it;
  into.undeclared += tool.funding ? 0 : tool.cost.amount;
}

/** Cents: the shares of a cost are exact to the cent, not to a float's last digit. */
function cents<T extends FundedAmounts>(amounts: T): T {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    ...amounts,
    total: round(amounts.total),
    marketing: round(amounts.marketing),
    it: round(amounts.it),
    undeclared: round(amounts.undeclared),
  };
}

/**
 * The yearly cost of the tools in use by funder (`spec.funding`), by category of the merged
 * taxonomy (a category written by an alias counts under its id) and per currency, and the share
 * of it that both budgets pay together.
 */
export function computeBudget(
  platform: Platform,
  taxonomy: Taxonomy = Taxonomy.builtIn(),
): BudgetReport {
  const inUse = platform.tools.filter(isInUse);
  const tools: BudgetTool[] = inUse
    .filter(t => t.spec.cost)
    .map(t => {
      const cost = t.spec.cost!;
      const split = splitFunding(cost, t.spec.funding);
      return {
        ref: refOf(t),
        title: t.metadata.title ?? t.metadata.name,
        category: taxonomy.getCategory(t.spec.category)?.id ?? t.spec.category,
        cost,
        funding: t.spec.funding ?? null,
        coFunded: isCoFunded(t.spec.funding),
        marketing: split.marketing,
        it: split.it,
      };
    })
    .sort(
      (a, b) => b.cost.amount - a.cost.amount || a.ref.localeCompare(b.ref),
    );

  const byCurrency = new Map<string, BudgetTool[]>();
  for (const tool of tools) {
    const list = byCurrency.get(tool.cost.currency) ?? [];
    list.push(tool);
    byCurrency.set(tool.cost.currency, list);
  }
  const currencies: CurrencyBudget[] = [...byCurrency.entries()].map(
    ([currency, list]) => {
      const total = none();
      const categories = new Map<string, FundedAmounts & { tools: number }>();
      let coFundedAmount = 0;
      let coFundedTools = 0;
      for (const tool of list) {
        add(total, tool);
        const category = categories.get(tool.category) ?? {
          ...none(),
          tools: 0,
        };
        add(category, tool);
        category.tools += 1;
        categories.set(tool.category, category);
        if (tool.coFunded) {
          coFundedAmount += tool.cost.amount;
          coFundedTools += 1;
        }
      }
      return {
        currency,
        ...cents(total),
        tools: list.length,
        byCategory: [...categories.entries()]
          .map(([category, amounts]) => ({
            category,
            title: taxonomy.getCategory(category)?.title ?? category,
            ...cents(amounts),
          }))
          .sort(
            (a, b) => b.total - a.total || a.category.localeCompare(b.category),
          ),
        coFunded: {
          tools: coFundedTools,
          amount: Math.round(coFundedAmount * 100) / 100,
          sharePct: percent(coFundedAmount, total.total),
        },
      };
    },
  );
  currencies.sort(
    (a, b) => b.total - a.total || a.currency.localeCompare(b.currency),
  );
  return {
    currencies,
    tools: tools.map(t => ({
      ...t,
      marketing: Math.round(t.marketing * 100) / 100,
      it: Math.round(t.it * 100) / 100,
    })),
    unpriced: inUse
      .filter(t => !t.spec.cost)
      .map(t => ({ ref: refOf(t), title: t.metadata.title ?? t.metadata.name }))
      .sort((a, b) => a.ref.localeCompare(b.ref)),
  };
}
