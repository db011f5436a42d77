import { computeReadout } from './readout';
import { ArmResult } from './types';

const arm = (
  name: string,
  users: number,
  conversions: number,
  revenue: number,
  spend: number,
  newCustomers: number,
): ArmResult => ({
  arm: name,
  users,
  conversions,
  revenue,
  spend,
  newCustomers,
});

type Expected = {
  /** d, SE, 95 % low, 95 % high, two-sided p. */
  difference: number[];
  /** r, SE_r, 95 % low, 95 % high; null when the control converts at 0. */
  relativeLift: number[] | null;
  detectableLift: number | null;
  incrementalConversions: number;
  incrementalRevenue: number;
  iroas: number | null;
  incrementalCac: number | null;
  cac: number | null;
};

/**
 * The seven reference cases. Every figure was computed independently of this code, with SciPy's
 * normal and chi-square distributions (scipy.stats.norm.sf, scipy.stats.chisquare), by
 *
 *   python3 plugins/maas-common/src/readouts/__fixtures__/readout_reference.py
 *
 * (SciPy 1.17.1), and is matched here to 6 decimals.
 */
const referenceCases: Array<{
  name: string;
  verdict: string;
  experiment: { holdoutPct?: number; variants?: string[] };
  results: ArmResult[];
  srm: { chiSquare: number; degreesOfFreedom: number; pValue: number };
  comparisons: Record<string, Expected>;
}> = [
  {
    name: 'clear win with a 10 % holdout',
    verdict: 'positive' as const,
    experiment: { holdoutPct: 10 },
    results: [
      arm('treatment', 90000, 2700, 162000, 15000, 1100),
      arm('holdout', 10000, 220, 13200, 0, 90),
    ],
    srm: { chiSquare: 0, degreesOfFreedom: 1, pValue: 1 },
    comparisons: {
      treatment: {
        difference: [
          0.008, 0.001573192084055006, 0.004916600150167214,
          0.011083399849832786, 3.6723443384190255e-7,
        ],
        relativeLift: [
          0.36363636363636376, 0.09452187669558088, 0.17837688810058627,
          0.5488958391721412,
        ],
        detectableLift: 0.19689769667094506,
        incrementalConversions: 720.0000000000002,
        incrementalRevenue: 43200,
        iroas: 2.88,
        incrementalCac: 20.833333333333325,
        cac: 13.636363636363637,
      },
    },
  },
  {
    name: 'inconclusive',
    verdict: 'inconclusive' as const,
    experiment: { holdoutPct: 10 },
    results: [
      arm('treatment', 45000, 1000, 52000, 8000, 400),
      arm('holdout', 5000, 105, 5400, 0, 41),
    ],
    srm: { chiSquare: 0, degreesOfFreedom: 1, pValue: 1 },
    comparisons: {
      treatment: {
        difference: [
          0.0012222222222222218, 0.0021435142228578667, -0.0029789884880671745,
          0.005423432932511618, 0.5685450894730405,
        ],
        relativeLift: [
          0.05820105820105814, 0.10740395282888857, -0.15230682280126162,
          0.2687089392033779,
        ],
        detectableLift: 0.2851538536445572,
        incrementalConversions: 54.999999999999886,
        incrementalRevenue: 3399.999999999992,
        iroas: 0.424999999999999,
        incrementalCac: 145.45454545454575,
        cac: 20,
      },
    },
  },
  {
    name: 'sample-ratio mismatch',
    verdict: 'invalid' as const,
    experiment: { holdoutPct: 10 },
    results: [
      arm('treatment', 88000, 2600, 150000, 12000, 1000),
      arm('holdout', 12000, 300, 16000, 0, 110),
    ],
    srm: {
      chiSquare: 444.44444444444446,
      degreesOfFreedom: 1,
      pValue: 1.167279146922249e-98,
    },
    comparisons: {
      treatment: {
        difference: [
          0.0045454545454545435, 0.0015352765543778226, 0.0015363677688299687,
          0.007554541322079118, 0.003069659122685228,
        ],
        relativeLift: [
          0.18181818181818166, 0.07113771683026304, 0.042390817788671986,
          0.3212455458476913,
        ],
        detectableLift: 0.17025667509518483,
        incrementalConversions: 400,
        incrementalRevenue: 32666.666666666675,
        iroas: 2.7222222222222228,
        incrementalCac: 30,
        cac: 12,
      },
    },
  },
  {
    name: 'A/B test with a holdout',
    verdict: 'positive' as const,
    experiment: { holdoutPct: 20, variants: ['A', 'B'] },
    results: [
      arm('A', 40100, 1000, 61000, 6000, 420),
      arm('B', 39900, 1150, 70500, 6000, 480),
      arm('holdout', 20000, 440, 26000, 0, 170),
    ],
    srm: { chiSquare: 0.5, degreesOfFreedom: 2, pValue: 0.7788007830714049 },
    comparisons: {
      A: {
        difference: [
          0.0029376558603491296, 0.001296988158698447, 0.00039560576087388673,
          0.005479705959824372, 0.023513735542751855,
        ],
        relativeLift: [
          0.13352981183405133, 0.06409997949293972, 0.007896159627151234,
          0.2591634640409514,
        ],
        detectableLift: 0.16170071577234515,
        incrementalConversions: 117.80000000000007,
        incrementalRevenue: 8870.000000000002,
        iroas: 1.4783333333333337,
        incrementalCac: 50.93378607809844,
        cac: 14.285714285714286,
      },
      B: {
        difference: [
          0.006822055137844611, 0.0013331682003832727, 0.00420909345914861,
          0.009435016816540612, 3.1014564935030413e-7,
        ],
        relativeLift: [
          0.3100934153565733, 0.07255634943326113, 0.16788558249596108,
          0.45230124821718554,
        ],
        detectableLift: 0.16183552312365326,
        incrementalConversions: 272.20000000000005,
        incrementalRevenue: 18630,
        iroas: 3.105,
        incrementalCac: 22.042615723732546,
        cac: 12.5,
      },
    },
  },
  {
    name: 'negative effect',
    verdict: 'negative' as const,
    experiment: { holdoutPct: 15 },
    results: [
      arm('treatment', 34000, 612, 30600, 9000, 250),
      arm('holdout', 6000, 138, 6900, 0, 60),
    ],
    srm: { chiSquare: 0, degreesOfFreedom: 1, pValue: 1 },
    comparisons: {
      treatment: {
        difference: [
          -0.005000000000000001, 0.002065199510848248, -0.009047716694080176,
          -0.000952283305919825, 0.015474744099515764,
        ],
        relativeLift: [
          -0.21739130434782616, 0.07293092311304178, -0.36033328813615595,
          -0.07444932055949635,
        ],
        detectableLift: 0.25568313300853934,
        incrementalConversions: -170,
        incrementalRevenue: -8499.999999999996,
        iroas: -0.9444444444444441,
        incrementalCac: null,
        cac: 36,
      },
    },
  },
  {
    name: 'zero conversions in the control',
    verdict: 'insufficient-data' as const,
    experiment: { holdoutPct: 5 },
    results: [
      arm('treatment', 19000, 57, 3420, 2500, 30),
      arm('holdout', 1000, 0, 0, 0, 0),
    ],
    srm: { chiSquare: 0, degreesOfFreedom: 1, pValue: 1 },
    comparisons: {
      treatment: {
        difference: [
          0.003, 0.00039676321985735894, 0.0022223583725554915,
          0.0037776416274445087, 3.9941450766049215e-14,
        ],
        relativeLift: null,
        detectableLift: null,
        incrementalConversions: 57,
        incrementalRevenue: 3420,
        iroas: 1.368,
        incrementalCac: 43.85964912280702,
        cac: 83.33333333333333,
      },
    },
  },
  {
    name: 'A/B test without a holdout',
    verdict: 'positive' as const,
    experiment: { variants: ['A', 'B'] },
    results: [
      arm('A', 25000, 750, 45000, 4000, 300),
      arm('B', 25100, 860, 53320, 4000, 335),
    ],
    srm: {
      chiSquare: 0.1996007984031936,
      degreesOfFreedom: 1,
      pValue: 0.6550432631550491,
    },
    comparisons: {
      B: {
        difference: [
          0.004262948207171317, 0.0015755274660594557, 0.0011749710926835621,
          0.007350925321659072, 0.0068154918974844035,
        ],
        relativeLift: [
          0.14209827357237725, 0.05614064650807572, 0.032064627479823124,
          0.25213191966493137,
        ],
        detectableLift: 0.14234461467095255,
        incrementalConversions: 107,
        incrementalRevenue: 8139.999999999994,
        iroas: 2.0349999999999984,
        incrementalCac: 37.38317757009346,
        cac: 11.940298507462687,
      },
    },
  },
];

const close = (actual: number | null | undefined, expected: number | null) => {
  if (expected === null) {
    expect(actual).toBeNull();
  } else {
    expect(actual).toBeCloseTo(expected, 6);
  }
};

describe('computeReadout', () => {
  it.each(referenceCases)(
    'agrees with the reference to 6 decimals: $name',
    ({ experiment, results, srm, comparisons, verdict }) => {
      const readout = computeReadout({ experiment, results });
      expect(readout.sampleRatio).not.toBeNull();
      close(readout.sampleRatio!.chiSquare, srm.chiSquare);
      expect(readout.sampleRatio!.degreesOfFreedom).toBe(srm.degreesOfFreedom);
      close(readout.sampleRatio!.pValue, srm.pValue);
      expect(readout.comparisons.map(c => c.arm)).toEqual(
        Object.keys(comparisons),
      );
      expect(readout.comparisonsMade).toBe(Object.keys(comparisons).length);
      for (const c of readout.comparisons) {
        const want = comparisons[c.arm];
        const d = c.difference!;
        [d.estimate, d.standardError, d.low, d.high, d.pValue].forEach((v, i) =>
          close(v, want.difference[i]),
        );
        const lift = c.relativeLift && [
          c.relativeLift.estimate,
          c.relativeLift.standardError,
          c.relativeLift.low,
          c.relativeLift.high,
        ];
        expect(lift === null).toBe(want.relativeLift === null);
        (lift ?? []).forEach((v, i) => close(v, want.relativeLift![i]));
        close(c.detectableLift, want.detectableLift);
        close(c.incrementalConversions, want.incrementalConversions);
        close(c.incrementalRevenue, want.incrementalRevenue);
        close(c.iroas, want.iroas);
        close(c.incrementalCac, want.incrementalCac);
        close(c.cac, want.cac);
      }
      expect(readout.verdict).toBe(verdict);
    },
  );
});

describe('the readout for people', () => {
  const sentence = (name: string) =>
    computeReadout(referenceCases.find(c => c.name === name)!).sentence;

  it('says what the campaign did against the holdout, rounded, and whether the split held', () => {
    expect(sentence('clear win with a 10 % holdout')).toBe(
      "The campaign's audience converted 36 % more than the holdout (95 % interval 18 % to 55 %); the split is as planned.",
    );
    expect(sentence('negative effect')).toBe(
      "The campaign's audience converted 22 % less than the holdout (95 % interval -36 % to -7.4 %); the split is as planned.",
    );
    expect(sentence('A/B test without a holdout')).toBe(
      'B converted 14 % more than A (95 % interval 3.2 % to 25 %); the split is as planned.',
    );
  });

  it('says when an interval does not rule out no effect', () => {
    expect(sentence('inconclusive')).toContain(
      '(95 % interval -15 % to 27 %), which does not rule out no effect',
    );
  });

  it('counts the comparisons it made, uncorrected', () => {
    expect(sentence('A/B test with a holdout')).toBe(
      'A converted 13 % more than the holdout (95 % interval 0.8 % to 26 %); B converted 31 % more than the holdout (95 % interval 17 % to 45 %); 2 comparisons with the holdout, each at 95 % with no correction for the others; the split is as planned.',
    );
  });

  it('names the arm that broke the split', () => {
    expect(sentence('sample-ratio mismatch')).toContain(
      "the split is not as planned: the campaign's audience received 88 % of the users instead of 90 % (sample-ratio mismatch, p < 0.001)",
    );
  });

  it('gives no lift when the control has not converted', () => {
    expect(sentence('zero conversions in the control')).toBe(
      "The campaign's audience has 57 conversions and the holdout 0: too few to read (at least 10 in each); the split is as planned.",
    );
  });
});

describe('verdicts', () => {
  const clearWin = referenceCases[0];

  it('puts a broken split before everything: a mismatch is invalid even with too few conversions', () => {
    const readout = computeReadout({
      experiment: { holdoutPct: 10 },
      results: [
        arm('treatment', 5_000, 4, 0, 0, 0),
        arm('holdout', 5_000, 3, 0, 0, 0),
      ],
    });
    expect(readout.sampleRatio!.mismatch).toBe(true);
    expect(readout.verdict).toBe('invalid');
    expect(readout.comparisons[0].verdict).toBe('invalid');
  });

  it('reads fewer than 10 conversions in either arm as insufficient data', () => {
    for (const [t, c] of [
      [9, 500],
      [500, 9],
    ]) {
      const readout = computeReadout({
        experiment: { holdoutPct: 10 },
        results: [
          arm('treatment', 90_000, t, 0, 0, 0),
          arm('holdout', 10_000, c, 0, 0, 0),
        ],
      });
      expect(readout.verdict).toBe('insufficient-data');
    }
  });

  it('decides on the interval of the difference, above 0 positive and below 0 negative', () => {
    const readout = computeReadout(clearWin);
    expect(readout.comparisons[0].difference!.low).toBeGreaterThan(0);
    expect(readout.verdict).toBe('positive');
  });

  it('gives a campaign the first verdict of the order that any of its comparisons reaches', () => {
    const readout = computeReadout({
      experiment: { holdoutPct: 20, variants: ['A', 'B'] },
      results: [
        arm('A', 40_000, 1_100, 0, 0, 0),
        arm('B', 40_000, 800, 0, 0, 0),
        arm('holdout', 20_000, 450, 0, 0, 0),
      ],
    });
    expect(readout.comparisons.map(c => c.verdict)).toEqual([
      'positive',
      'negative',
    ]);
    expect(readout.verdict).toBe('positive');
  });

  it('sums the days of each arm and leaves out arms the experiment does not plan', () => {
    const days = computeReadout({
      experiment: clearWin.experiment,
      results: [
        arm('treatment', 40_000, 1_200, 70_000, 7_000, 500),
        arm('treatment', 50_000, 1_500, 92_000, 8_000, 600),
        arm('holdout', 10_000, 220, 13_200, 0, 90),
        arm('C', 1_000_000, 1, 0, 0, 0),
      ],
    });
    const whole = computeReadout(clearWin);
    expect(days.arms).toEqual(whole.arms);
    expect(days.comparisons).toEqual(whole.comparisons);
  });

  it('has nothing to read before results, or without a control', () => {
    const empty = computeReadout({
      experiment: { holdoutPct: 10 },
      results: [],
    });
    expect(empty).toMatchObject({
      verdict: 'insufficient-data',
      sampleRatio: null,
      sentence: 'No results yet.',
    });
    expect(empty.comparisons[0].difference).toBeNull();
    const single = computeReadout({
      experiment: {},
      results: [arm('treatment', 1_000, 50, 0, 0, 0)],
    });
    expect(single).toMatchObject({
      control: 'treatment',
      comparisons: [],
      comparisonsMade: 0,
      verdict: 'insufficient-data',
    });
  });
});

describe('campaign totals', () => {
  it('adds the arms up, and reads the iROAS of every arm compared against their spend', () => {
    const readout = computeReadout(
      referenceCases.find(c => c.name === 'A/B test with a holdout')!,
    );
    expect(readout.totals).toEqual({
      users: 100_000,
      conversions: 2_590,
      revenue: 157_500,
      spend: 12_000,
      newCustomers: 1_070,
    });
    // Incremental revenue 8,870 (A) + 18,630 (B), from the reference, over 6,000 + 6,000.
    expect(readout.incrementalRevenue).toBeCloseTo(27_500, 6);
    expect(readout.iroas).toBeCloseTo(27_500 / 12_000, 6);
  });
});
