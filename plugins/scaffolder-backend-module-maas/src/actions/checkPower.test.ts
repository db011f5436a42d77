import { context } from '../__testUtils__/actionFakes';
import { createCheckPowerAction } from './checkPower';

describe('maas:experiment:check-power', () => {
  const action = createCheckPowerAction();

  it('outputs the minimum detectable effect when the experiment can detect the lift', async () => {
    const ctx = context({
      audienceSize: 412000,
      holdoutPct: 10,
      variants: 1,
      baselineConversionPct: 2.5,
      minimumLiftPct: 10,
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('minimumDetectableEffectPct', 9.1);
  });

  it('fails an experiment that cannot answer its question, saying what would', async () => {
    await expect(
      action.handler(
        context({
          audienceSize: 85000,
          holdoutPct: 15,
          variants: 1,
          baselineConversionPct: 1.2,
          minimumLiftPct: 15,
        }),
      ),
    ).rejects.toThrow(
      'This experiment cannot detect a 15 % lift: with 85,000 people, a 15 % holdout and 1 variant, the smallest detectable lift is 24.4 %. No holdout up to 50 % is enough: it would need an audience of at least 225,264 people at a 15 % holdout.',
    );
    await expect(
      action.handler(
        context({
          audienceSize: 2000,
          holdoutPct: 10,
          variants: 1,
          baselineConversionPct: 1,
          minimumLiftPct: 5,
        }),
      ),
    ).rejects.toThrow(
      'No holdout up to 50 % is enough: it would need an audience of at least 3,453,507',
    );
    await expect(
      action.handler(
        context({
          audienceSize: 50000,
          holdoutPct: 0,
          variants: 1,
          baselineConversionPct: 2,
          minimumLiftPct: 10,
        }),
      ),
    ).rejects.toThrow(
      'Set a holdout: without a control group nothing can be measured.',
    );
    await expect(
      action.handler(
        context({
          audienceSize: 412000,
          holdoutPct: 5,
          variants: 1,
          baselineConversionPct: 2.5,
          minimumLiftPct: 10,
        }),
      ),
    ).rejects.toThrow(
      /It would need a holdout of \d+ %, or an audience of at least/,
    );
  });
});
