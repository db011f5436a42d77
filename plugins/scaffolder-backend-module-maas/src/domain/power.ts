/** z for a two-sided test at α = 0.05. */
const Z_ALPHA = 1.959964;
/** z for a power of 0.8. */
const Z_BETA = 0.841621;

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
 * The smallest relative lift (in %) the experiment can detect: two-proportion z-test, two-sided
 * α 0.05, power 0.8, each variant against the holdout. Infinity when a group is empty.
 */
export function minimumDetectableEffectPct(design: ExperimentDesign): number {
  const p = design.baselineConversionPct / 100;
  const { control, treatment } = groups(design);
  if (control < 1 || treatment < 1 || p <= 0 || p >= 1)
    return Number.POSITIVE_INFINITY;
  const absolute =
    (Z_ALPHA + Z_BETA) * Math.sqrt(p * (1 - p) * (1 / treatment + 1 / control));
  return (absolute / p) * 100;
}

/** The audience needed to detect `liftPct` with this holdout and these variants. */
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
