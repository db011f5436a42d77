import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { checkExperimentPower } from '@maas/plugin-maas-common';
import { examples } from './checkPower.examples';

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
      const power = checkExperimentPower(
        design,
        ctx.input.minimumLiftPct ?? 10,
      );
      if (power.problems.length > 0) {
        throw new InputError(power.problems.map(p => p.message).join(' '));
      }
      ctx.logger.info(
        `The experiment can detect a ${power.minimumDetectableEffectPct} % lift`,
      );
      ctx.output(
        'minimumDetectableEffectPct',
        power.minimumDetectableEffectPct,
      );
    },
  });
}
