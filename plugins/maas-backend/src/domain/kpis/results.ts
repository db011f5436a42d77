import { isValidReadout, readoutVerdicts } from '@maas/plugin-maas-common';
import { percent, round1 } from '../numbers';
import { Platform, refOf } from '../platform';
import { noData } from './noData';
import { Kpi, ResultKpiInputs, SegmentSpend } from './types';

const noResults: ResultKpiInputs = {
  verdicts: new Map(),
  segments: new Map(),
  values: new Map(),
  windowStart: '',
};

/** Campaigns whose readout is valid, among those that ran. */
export function incrementalShareKpi(
  platform: Platform,
  results: ResultKpiInputs = noResults,
): Kpi {
  const ran = platform.campaigns.filter(c =>
    ['live', 'completed'].includes(c.spec.status),
  );
  // Each campaign's verdict looked up once: the breakdown reads it once per verdict.
  const verdicts = new Map(
    ran.map(c => [
      c,
      results.verdicts.get(refOf(c).toLocaleLowerCase('en-US')),
    ]),
  );
  const verdictOf = (c: (typeof ran)[number]) => verdicts.get(c);
  const valid = ran.filter(c => {
    const verdict = verdictOf(c);
    return verdict !== undefined && isValidReadout(verdict);
  });
  const kpi = {
    id: 'incremental-measurement-share',
    title: 'Campaigns with incremental measurement',
    definition:
      'Share of live and completed campaigns whose readout is valid: users split between the arms as planned (no sample-ratio mismatch) and at least 10 conversions in every arm compared, so their incremental effect is measured.',
    unit: '%',
    inputs: [
      {
        description: 'live or completed campaigns with a valid readout',
        count: valid.length,
        of: ran.length,
      },
      {
        description: 'of them with results posted',
        count: ran.filter(c => verdictOf(c) !== undefined).length,
      },
    ],
    breakdown: readoutVerdicts.map(verdict => {
      const here = ran.filter(c => verdictOf(c) === verdict).length;
      return {
        key: verdict,
        label: `readouts ${verdict}`,
        value: percent(here, ran.length),
        inputs: [{ description: 'campaigns', count: here, of: ran.length }],
      };
    }),
  };
  return ran.length
    ? { ...kpi, value: percent(valid.length, ran.length) }
    : noData(kpi, 'no campaign has gone live yet');
}

const amount = (n: number, currency: string) =>
  `${(Math.round(n * 100) / 100).toLocaleString('en-US')} ${currency}`;

/** LTV:CAC per segment, against the usual 3:1. */
export function cacLtvKpi(
  platform: Platform,
  results: ResultKpiInputs = noResults,
): Kpi {
  const segments = platform.audiences.map(audience => {
    const ref = refOf(audience).toLocaleLowerCase('en-US');
    const value = results.values.get(ref);
    const spends = results.segments.get(ref) ?? [];
    // The spend in the currency of the lifetime value, else the largest.
    const spend: SegmentSpend | undefined =
      spends.find(s => s.currency === value?.ltv.currency) ??
      [...spends].sort((a, b) => b.spend - a.spend)[0];
    const cac =
      spend && spend.newCustomers > 0
        ? spend.spend / spend.newCustomers
        : undefined;
    const ratio =
      cac !== undefined && cac > 0 && value?.ltv.currency === spend?.currency
        ? value!.ltv.amount / cac
        : undefined;
    return { audience, ref, value, spend, cac, ratio };
  });
  const rated = segments.filter(s => s.ratio !== undefined);
  const customers = rated.reduce((n, s) => n + s.spend!.newCustomers, 0);
  const kpi = {
    id: 'cac-ltv-per-segment',
    title: 'CAC and LTV per segment',
    definition: `Per audience: acquisition cost (CAC, its campaigns' spend over the new customers they acquired, from results since ${
      results.windowStart || '12 months ago'
    }) and the lifetime value the warehouse posts for it; the value is LTV:CAC over the segments with both, weighted by the customers acquired.`,
    unit: ': 1',
    benchmark: {
      value: 3,
      description:
        'a customer should bring three times what acquiring them cost',
    },
    inputs: [
      {
        description: 'segments with a CAC and a lifetime value',
        count: rated.length,
        of: platform.audiences.length,
      },
      {
        description: 'new customers acquired by campaigns in 12 months',
        count: segments.reduce((n, s) => n + (s.spend?.newCustomers ?? 0), 0),
      },
      {
        description: 'segments with a lifetime value posted',
        count: segments.filter(s => s.value).length,
      },
    ],
    breakdown: segments
      .filter(s => s.cac !== undefined || s.value)
      .map(s => ({
        key: s.ref,
        label: `${s.audience.metadata.title ?? s.audience.metadata.name}: CAC ${
          s.cac !== undefined ? amount(s.cac, s.spend!.currency) : 'none'
        }, LTV ${
          s.value
            ? amount(s.value.ltv.amount, s.value.ltv.currency)
            : 'not posted'
        }`,
        value: s.ratio !== undefined ? round1(s.ratio) : null,
        inputs: [
          {
            description: 'new customers acquired',
            count: s.spend?.newCustomers ?? 0,
          },
          {
            description: 'campaigns with results',
            count: s.spend?.campaigns ?? 0,
          },
        ],
      })),
  };
  if (rated.length === 0) {
    return noData(
      kpi,
      segments.some(s => s.cac !== undefined)
        ? 'no segment with a CAC has a lifetime value posted yet (POST /api/maas/audiences/:namespace/:name/value)'
        : 'no campaign results with new customers in the last 12 months',
    );
  }
  return {
    ...kpi,
    value: round1(
      rated.reduce((sum, s) => sum + s.ratio! * s.spend!.newCustomers, 0) /
        customers,
    ),
  };
}
