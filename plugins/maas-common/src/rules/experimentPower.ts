import type { CampaignEntity } from '../kinds/Campaign';
import type { RuleProblem } from './RuleProblem';
import { Z_ALPHA, Z_BETA } from './zScores';

/**
 * Whether a campaign's effect can be measured at all: it has a holdout or an A/B split.
 *
 * @public
 */
export function measuresIncrementally(
  experiment: CampaignEntity['spec']['experiment'],
): boolean {
  return (
    (experiment?.holdoutPct ?? 0) > 0 || (experiment?.variants?.length ?? 0) > 1
  );
}

/** @public */
export interface ExperimentDesign {
  /** People in the audience. */
  audienceSize: number;
  /** Share held out as control, 0 to 100. */
  holdoutPct: number;
  /** Number of treatment variants sharing the rest (1 for treatment vs holdout). */
  variants: number;
  /** Conversion rate without the campaign, in %. */
  baselineConversionPct: number;
}

function groups(design: ExperimentDesign) {
  const control = (design.audienceSize * design.holdoutPct) / 100;
  const treatment =
    (design.audienceSize - control) / Math.max(1, design.variants);
  return { control, treatment };
}

/**
 * The smallest relative lift (a fraction: 0.1 is 10 %) that a two-proportion z-test, two-sided
 * at α 0.05 with a power of 0.8, detects between a treatment and a control of these sizes when
 * the control converts at `baselineRate` (0 to 1):
 * (1.959964 + 0.841621) · √(p(1 − p)(1/n_t + 1/n_c)) / p. Infinity when a group is empty or the
 * rate is 0 or 1. Launches check it before the campaign runs, readouts with the sizes reached.
 *
 * @public
 */
export function detectableRelativeLift(
  baselineRate: number,
  treatmentSize: number,
  controlSize: number,
): number {
  const p = baselineRate;
  if (controlSize <= 0 || treatmentSize <= 0 || !(p > 0 && p < 1))
    return Number.POSITIVE_INFINITY;
  return (
    ((Z_ALPHA + Z_BETA) *
      Math.sqrt(p * (1 - p) * (1 / treatmentSize + 1 / controlSize))) /
    p
  );
}

/**
 * The smallest relative lift (in %) the experiment can detect: two-proportion z-test, two-sided
 * α 0.05, power 0.8, each variant against the holdout. Infinity when a group is empty.
 *
 * @public
 */
export function minimumDetectableEffectPct(design: ExperimentDesign): number {
  const { control, treatment } = groups(design);
  if (control < 1 || treatment < 1) return Number.POSITIVE_INFINITY;
  return (
    detectableRelativeLift(
      design.baselineConversionPct / 100,
      treatment,
      control,
    ) * 100
  );
}

/** The audience needed to detect `liftPct` with this holdout and these variants. @public */
export function requiredAudienceSize(
  design: ExperimentDesign,
  liftPct: number,
): number {
  const p = design.baselineConversionPct / 100;
  const h = design.holdoutPct / 100;
  if (h <= 0 || h >= 1) return Number.POSITIVE_INFINITY;
  const delta = (liftPct / 100) * p;
  const spread = Math.max(1, design.variants) / (1 - h) + 1 / h;
  return Math.ceil(
    ((Z_ALPHA + Z_BETA) ** 2 * p * (1 - p) * spread) / delta ** 2,
  );
}

/**
 * The smallest holdout (in whole %, up to 50) that detects `liftPct` with this audience, or
 * undefined when none does.
 *
 * @public
 */
export function requiredHoldoutPct(
  design: ExperimentDesign,
  liftPct: number,
): number | undefined {
  for (let holdoutPct = 1; holdoutPct <= 50; holdoutPct++) {
    if (minimumDetectableEffectPct({ ...design, holdoutPct }) <= liftPct)
      return holdoutPct;
  }
  return undefined;
}

/** @public */
export type ExperimentPowerProblem = RuleProblem<'experiment-underpowered'> & {
  /** The holdout (whole %, up to 50) that would do with this audience, if any. */
  requiredHoldoutPct?: number;
  /** The audience that would do at this holdout; Infinity without a holdout. */
  requiredAudienceSize: number;
};

/** @public */
export interface ExperimentPower {
  /** The smallest relative lift the experiment can detect, in %, one decimal; Infinity when none. */
  minimumDetectableEffectPct: number;
  problems: ExperimentPowerProblem[];
}

function round1(n: number) {
  return Math.round(n * 10) / 10;
}

/**
 * Whether an experiment can answer its own question: detect a lift of `minimumLiftPct`. When it
 * cannot, the problem says what holdout or audience size would.
 *
 * @public
 */
export function checkExperimentPower(
  design: ExperimentDesign,
  minimumLiftPct: number,
): ExperimentPower {
  const mde = minimumDetectableEffectPct(design);
  if (mde <= minimumLiftPct) {
    return { minimumDetectableEffectPct: round1(mde), problems: [] };
  }
  const holdout = requiredHoldoutPct(design, minimumLiftPct);
  const size = requiredAudienceSize(design, minimumLiftPct);
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
  const detectable = Number.isFinite(mde) ? `${round1(mde)} %` : 'unbounded';
  return {
    minimumDetectableEffectPct: round1(mde),
    problems: [
      {
        code: 'experiment-underpowered',
        ...(holdout !== undefined ? { requiredHoldoutPct: holdout } : {}),
        requiredAudienceSize: size,
        message: `This experiment cannot detect a ${minimumLiftPct} % lift: with ${people(
          design.audienceSize,
        )} people, a ${design.holdoutPct} % holdout and ${
          design.variants
        } variant${
          design.variants > 1 ? 's' : ''
        }, the smallest detectable lift is ${detectable}. ${advice}`,
      },
    ],
  };
}
