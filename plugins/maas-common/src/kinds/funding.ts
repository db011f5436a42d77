import type { Money } from './common';
import type { ValidationProblem } from './ValidationProblem';

/**
 * Who pays for a tool (`MartechTool.spec.funding`): the marketing and the IT budget's shares of
 * its cost, in percent, adding up to 100. A type, not an interface, so that it is JSON (an entity's
 * spec).
 *
 * @public
 */
export type ToolFunding = {
  marketingPct: number;
  itPct: number;
};

/** The funders a tool's cost is split between; `undeclared` when a tool names no funding. @public */
export const funders = ['marketing', 'it', 'undeclared'] as const;

/** @public */
export type Funder = (typeof funders)[number];

/** The JSON schema of `spec.funding`; the sum is a cross-field rule ({@link fundingProblems}). */
export const fundingSchema = {
  type: 'object',
  description:
    "Shares of the tool's cost paid by the marketing and the IT budget, in percent; they add up to 100.",
  required: ['marketingPct', 'itPct'],
  additionalProperties: false,
  properties: {
    marketingPct: {
      type: 'number',
      minimum: 0,
      maximum: 100,
      description: 'Share paid by the marketing budget.',
    },
    itPct: {
      type: 'number',
      minimum: 0,
      maximum: 100,
      description: 'Share paid by the IT budget.',
    },
  },
};

/** Shares are percentages with decimals (33.3 + 66.7): compared to 100 within a rounding error. */
const TOLERANCE = 1e-9;

/**
 * What is wrong with a funding split whose fields have the right types: its shares must add up
 * to 100. An empty list when it is fine or absent.
 *
 * @public
 */
export function fundingProblems(
  funding: ToolFunding | undefined,
): ValidationProblem[] {
  if (!funding) return [];
  const sum = funding.marketingPct + funding.itPct;
  if (Math.abs(sum - 100) <= TOLERANCE) return [];
  return [
    {
      path: 'spec.funding',
      message: `marketingPct and itPct must add up to 100, got ${funding.marketingPct} + ${funding.itPct} = ${sum}`,
    },
  ];
}

/**
 * A tool's yearly cost split between its funders: `undeclared` holds all of it when the tool
 * names no funding.
 *
 * @public
 */
export function splitFunding(
  cost: Money,
  funding: ToolFunding | undefined,
): Record<Funder, number> {
  if (!funding) return { marketing: 0, it: 0, undeclared: cost.amount };
  return {
    marketing: (cost.amount * funding.marketingPct) / 100,
    it: (cost.amount * funding.itPct) / 100,
    undeclared: 0,
  };
}

/** Funded by both budgets: each share above 0. @public */
export function isCoFunded(funding: ToolFunding | undefined): boolean {
  return Boolean(funding && funding.marketingPct > 0 && funding.itPct > 0);
}
