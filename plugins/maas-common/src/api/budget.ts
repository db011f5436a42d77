import { Money } from '../kinds/common';
import { ToolFunding } from '../kinds/funding';

/** A spend in one currency, split by who pays it. @public */
export interface FundedAmounts {
  total: number;
  marketing: number;
  it: number;
  /** Spend on tools that name no funding. */
  undeclared: number;
}

/** The martech budget in one currency: amounts in two currencies are never added. @public */
export interface CurrencyBudget extends FundedAmounts {
  currency: string;
  /** Tools in use priced in this currency. */
  tools: number;
  byCategory: Array<
    FundedAmounts & { category: string; title: string; tools: number }
  >;
  /** Spend on tools both budgets pay a share of, and its share of the total (one decimal). */
  coFunded: { tools: number; amount: number; sharePct: number | null };
}

/** A tool in use, with what it costs each funder. @public */
export interface BudgetTool {
  ref: string;
  title: string;
  category: string;
  cost: Money;
  funding: ToolFunding | null;
  coFunded: boolean;
  marketing: number;
  it: number;
}

/**
 * `GET /api/maas/budget`: the yearly cost of the tools in use (active or sunsetting), as the
 * catalogue declares it now, by funder, by category and per currency, with the co-funded share.
 * @public
 */
export interface BudgetReport {
  /** Largest spend first. */
  currencies: CurrencyBudget[];
  tools: BudgetTool[];
  /** Tools in use that declare no cost, left out of the sums. */
  unpriced: Array<{ ref: string; title: string }>;
}
