import { computeBudget } from '../budget';
import { Platform } from '../platform';
import { noData } from './noData';
import { Kpi } from './types';

/**
 * Co-funded spend: the share of the martech budget that marketing and IT pay together. Amounts in
 * two currencies are never added: the value is the largest currency's, each currency in the
 * breakdown.
 */
export function coFundedKpi(platform: Platform): Kpi {
  const { currencies } = computeBudget(platform);
  const main = currencies[0];
  const kpi = {
    id: 'co-funded-spend',
    title: 'Co-funded martech spend',
    definition:
      "Share of the yearly cost of the tools in use that the marketing and the IT budget both pay a part of (each share in spec.funding above 0), against the whole cost of the tools in use, tools naming no funding included. Per currency; the value is the largest currency's.",
    unit: '%',
    inputs: main
      ? [
          {
            description: `tools in use priced in ${main.currency}, co-funded`,
            count: main.coFunded.tools,
            of: main.tools,
          },
        ]
      : [],
    ...(currencies.length > 1
      ? {
          breakdown: currencies.map(c => ({
            key: c.currency,
            label: c.currency,
            value: c.coFunded.sharePct,
            inputs: [
              {
                description: 'tools co-funded',
                count: c.coFunded.tools,
                of: c.tools,
              },
            ],
          })),
        }
      : {}),
  };
  return main && main.coFunded.sharePct !== null
    ? { ...kpi, value: main.coFunded.sharePct }
    : noData(kpi, 'no tool in use declares a cost');
}
