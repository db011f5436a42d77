import {
  checkExperimentPower,
  measuresIncrementally,
  minimumDetectableEffectPct,
  requiredAudienceSize,
  requiredHoldoutPct,
} from './experimentPower';

describe('experiment power', () => {
  const design = {
    audienceSize: 100_000,
    holdoutPct: 10,
    variants: 1,
    baselineConversionPct: 2,
  };

  it('computes the minimum detectable effect by the textbook formula', () => {
    // control 10,000, treatment 90,000, p = 0.02:
    // 2.801585 × sqrt(0.02 × 0.98 × (1/90,000 + 1/10,000)) = 0.0041437; / 0.02 = 20.7 %.
    expect(minimumDetectableEffectPct(design)).toBeCloseTo(20.72, 1);
  });

  it('detects smaller lifts with a bigger audience, a bigger holdout or fewer variants', () => {
    const base = minimumDetectableEffectPct(design);
    expect(
      minimumDetectableEffectPct({ ...design, audienceSize: 400_000 }),
    ).toBeCloseTo(base / 2, 5);
    expect(
      minimumDetectableEffectPct({ ...design, holdoutPct: 30 }),
    ).toBeLessThan(base);
    expect(
      minimumDetectableEffectPct({ ...design, variants: 2 }),
    ).toBeGreaterThan(base);
  });

  it('cannot detect anything without a holdout', () => {
    expect(minimumDetectableEffectPct({ ...design, holdoutPct: 0 })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('says what audience or holdout would detect the wanted lift', () => {
    const size = requiredAudienceSize(design, 10);
    expect(
      minimumDetectableEffectPct({ ...design, audienceSize: size }),
    ).toBeLessThanOrEqual(10);
    expect(
      minimumDetectableEffectPct({ ...design, audienceSize: size - 1000 }),
    ).toBeGreaterThan(10);
    const holdout = requiredHoldoutPct(design, 15)!;
    expect(
      minimumDetectableEffectPct({ ...design, holdoutPct: holdout }),
    ).toBeLessThanOrEqual(15);
    expect(
      minimumDetectableEffectPct({ ...design, holdoutPct: holdout - 1 }),
    ).toBeGreaterThan(15);
    expect(requiredHoldoutPct(design, 1)).toBeUndefined();
  });

  it('passes an experiment that detects the wanted lift, rounding what it can detect', () => {
    expect(checkExperimentPower(design, 25)).toEqual({
      minimumDetectableEffectPct: 20.7,
      problems: [],
    });
  });

  it('refuses one that cannot, saying what holdout or audience would', () => {
    const { problems } = checkExperimentPower(design, 15);
    expect(problems).toEqual([
      {
        code: 'experiment-underpowered',
        requiredHoldoutPct: requiredHoldoutPct(design, 15),
        requiredAudienceSize: requiredAudienceSize(design, 15),
        message: expect.stringMatching(
          /^This experiment cannot detect a 15 % lift: with 100,000 people, a 10 % holdout and 1 variant, the smallest detectable lift is 20\.7 %\. It would need a holdout of \d+ %, or an audience of at least [\d,]+ people at a 10 % holdout\.$/,
        ),
      },
    ]);
  });

  it('asks for a holdout when there is none', () => {
    const result = checkExperimentPower({ ...design, holdoutPct: 0 }, 10);
    expect(result.minimumDetectableEffectPct).toBe(Number.POSITIVE_INFINITY);
    expect(result.problems[0].message).toBe(
      'This experiment cannot detect a 10 % lift: with 100,000 people, a 0 % holdout and 1 variant, the smallest detectable lift is unbounded. Set a holdout: without a control group nothing can be measured.',
    );
  });
});

describe('measuresIncrementally', () => {
  it('needs a holdout or at least two variants', () => {
    expect(measuresIncrementally({ holdoutPct: 10 })).toBe(true);
    expect(measuresIncrementally({ variants: ['A', 'B'] })).toBe(true);
    expect(measuresIncrementally({ holdoutPct: 0, variants: ['A'] })).toBe(
      false,
    );
    expect(measuresIncrementally(undefined)).toBe(false);
  });
});
