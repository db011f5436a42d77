/**
 * What a campaign's readout concludes, the first that applies: `invalid` (the users were not
 * split as planned), `insufficient-data` (fewer than 10 conversions in an arm compared),
 * `positive` (the difference's 95 % interval is above 0), `negative` (below 0), `inconclusive`.
 *
 * @public
 */
export type ReadoutVerdict =
  | 'invalid'
  | 'insufficient-data'
  | 'positive'
  | 'negative'
  | 'inconclusive';

/** The verdicts, in the order the readout applies them. @public */
export const readoutVerdicts: readonly ReadoutVerdict[] = [
  'invalid',
  'insufficient-data',
  'positive',
  'negative',
  'inconclusive',
];

/**
 * Whether a readout measured something: neither a broken split nor too little data.
 *
 * @public
 */
export function isValidReadout(verdict: ReadoutVerdict): boolean {
  return verdict !== 'invalid' && verdict !== 'insufficient-data';
}

/** One arm's results, summed over the days. Amounts are in the campaign's currency. @public */
export interface ArmResult {
  arm: string;
  /** People assigned to the arm. */
  users: number;
  conversions: number;
  revenue: number;
  spend: number;
  newCustomers: number;
}

/** An arm in a readout. @public */
export interface ArmReadout extends ArmResult {
  /** conversions / users; null without users. */
  conversionRate: number | null;
  /** The share of the users it should have received, 0 to 1. */
  expectedShare: number;
  /** The share of the users it received, 0 to 1; null before any user. */
  share: number | null;
}

/** An estimate with its standard error and 95 % interval. @public */
export interface ReadoutEstimate {
  estimate: number;
  standardError: number;
  low: number;
  high: number;
}

/** One arm against the control. @public */
export interface ReadoutComparison {
  arm: string;
  control: string;
  /** p_t − p_c, with the two-sided p-value of d / SE; null when an arm has no users. */
  difference: (ReadoutEstimate & { pValue: number }) | null;
  /** p_t / p_c − 1 (delta-method standard error); null when the control converts at 0. */
  relativeLift: ReadoutEstimate | null;
  /** The relative lift these sizes detect at 80 % power; null when it cannot be computed. */
  detectableLift: number | null;
  /** x_t − n_t · p_c. */
  incrementalConversions: number | null;
  /** (rev_t / n_t − rev_c / n_c) · n_t. */
  incrementalRevenue: number | null;
  /** Incremental revenue per unit of the arm's spend; null without spend. */
  iroas: number | null;
  /** The arm's spend per incremental conversion; null unless there are some. */
  incrementalCac: number | null;
  /** The arm's spend per new customer; null without new customers. */
  cac: number | null;
  verdict: ReadoutVerdict;
}

/** Chi-square goodness of fit of the users per arm against the planned shares. @public */
export interface SampleRatioCheck {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  /** p below {@link SRM_THRESHOLD}: the assignment is broken and the readout invalid. */
  mismatch: boolean;
}

/** The p-value under which the split counts as a sample-ratio mismatch. @public */
export const SRM_THRESHOLD = 0.001;

/** Below this many conversions an arm is too small to read. @public */
export const MIN_CONVERSIONS = 10;

/** A campaign's readout: what each arm did against the control, and what that means. @public */
export interface CampaignReadout {
  control: string;
  arms: ArmReadout[];
  /** Each other arm against the control, in the order of the arms. */
  comparisons: ReadoutComparison[];
  /** How many comparisons were made; none is corrected for the others. */
  comparisonsMade: number;
  /** Null with fewer than two arms or before any user. */
  sampleRatio: SampleRatioCheck | null;
  /** Every arm's results added up. */
  totals: Omit<ArmResult, 'arm'>;
  /** The incremental revenue of every arm compared, added up; null without comparisons. */
  incrementalRevenue: number | null;
  /** That incremental revenue per unit of those arms' spend; null without spend. */
  iroas: number | null;
  verdict: ReadoutVerdict;
  /** The readout for people, figures rounded for display. */
  sentence: string;
}
