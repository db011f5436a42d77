import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  minimumDetectableEffectPct,
  requiredAudienceSize,
  requiredHoldoutPct,
} from '../domain/power';
import { examples } from './checkPower.examples';

function round1(n: number) {
  return Math.round(n * 10) / 10;
}

/** `maas:experiment:check-power`: no launched experiment that cannot answer its own question. */
export function createCheckPowerAction() {
  return createTemplateAction({
    id: 'maas:experiment:check-power',
    description:
      'Computes the minimum detectable effect of the campaign experiment (two-sided α 0.05, power 0.8, each variant against the holdout) and fails the launch when it cannot detect the lift the template wants, saying what holdout or audience size would.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        audienceSize: z =>
          z.number().int().min(0).describe('People in the audience'),
        holdoutPct: z =>
          z
            .number()
            .min(0)
            .max(100)
            .default(10)
            .describe('Share held out as control, in %'),
        variants: z =>
          z
            .number()
            .int()
            .min(1)
            .default(1)
            .describe('Treatment variants sharing the rest'),
        baselineConversionPct: z =>
          z
            .number()
            .gt(0)
            .lt(100)
            .default(2)
            .describe('Conversion rate without the campaign, in %'),
        minimumLiftPct: z =>
          z
            .number()
            .gt(0)
            .default(10)
            .describe(
              'Smallest relative lift the campaign must be able to detect, in %',
            ),
      },
      output: {
        minimumDetectableEffectPct: z =>
          z
            .number()
            .describe('Smallest relative lift the experiment can detect, in %'),
      },
    },
    async handler(ctx) {
      const design = {
        audienceSize: ctx.input.audienceSize,
        holdoutPct: ctx.input.holdoutPct ?? 10,
        variants: ctx.input.variants ?? 1,
        baselineConversionPct: ctx.input.baselineConversionPct ?? 2,
      };
      const lift = ctx.input.minimumLiftPct ?? 10;
      const mde = minimumDetectableEffectPct(design);
      if (mde > lift) {
        const holdout = requiredHoldoutPct(design, lift);
        const size = requiredAudienceSize(design, lift);
        const people = (n: number) => n.toLocaleString('en-US');
        const audience = `an audience of at least ${people(size)} people at a ${
          design.holdoutPct
        } % holdout`;
        let advice =
          'Set a holdout: without a control group nothing can be measured.';
        if (Number.isFinite(size)) {
          advice =
            holdout !== undefined
              ? `It would need a holdout of ${holdout} %, or ${audience}.`
              : `No holdout up to 50 % is enough: it would need ${audience}.`;
        }
        const detectable = Number.isFinite(mde)
          ? `${round1(mde)} %`
          : 'unbounded';
        throw new InputError(
          `This experiment cannot detect a ${lift} % lift: with ${people(
            design.audienceSize,
          )} people, a ${design.holdoutPct} % holdout and ${
            design.variants
          } variant${
            design.variants > 1 ? 's' : ''
          }, the smallest detectable lift is ${detectable}. ${advice}`,
        );
      }
      ctx.logger.info(`The experiment can detect a ${round1(mde)} % lift`);
      ctx.output('minimumDetectableEffectPct', round1(mde));
    },
  });
}
