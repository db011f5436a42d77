import { HOLDOUT_ARM, SINGLE_TREATMENT_ARM } from './arms';
import {
  ArmReadout,
  CampaignReadout,
  MIN_CONVERSIONS,
  ReadoutComparison,
  SRM_THRESHOLD,
} from './types';

/** A fraction as a percentage for people: whole above 10 %, one decimal below. */
function pct(fraction: number): string {
  const value = fraction * 100;
  const rounded =
    Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${Object.is(rounded, -0) ? 0 : rounded} %`;
}

const people = (n: number) => Math.round(n).toLocaleString('en-US');

function armName(arm: string) {
  if (arm === HOLDOUT_ARM) return 'the holdout';
  if (arm === SINGLE_TREATMENT_ARM) return "the campaign's audience";
  return arm;
}

function comparisonClause(c: ReadoutComparison, arms: ArmReadout[]): string {
  const treated = arms.find(a => a.arm === c.arm)!;
  const control = arms.find(a => a.arm === c.control)!;
  const against = armName(c.control);
  if (!c.difference) {
    return `${armName(
      treated.users === 0 ? c.arm : c.control,
    )} has no users yet`;
  }
  if (c.verdict === 'insufficient-data' || !c.relativeLift) {
    return `${armName(c.arm)} has ${people(
      treated.conversions,
    )} conversions and ${against} ${people(
      control.conversions,
    )}: too few to read (at least ${MIN_CONVERSIONS} in each)`;
  }
  const lift = c.relativeLift;
  const clause = `${armName(c.arm)} converted ${pct(Math.abs(lift.estimate))} ${
    lift.estimate >= 0 ? 'more' : 'less'
  } than ${against} (95 % interval ${pct(lift.low)} to ${pct(lift.high)})`;
  return c.verdict === 'inconclusive'
    ? `${clause}, which does not rule out no effect`
    : clause;
}

function splitClause(readout: Omit<CampaignReadout, 'sentence'>): string {
  const srm = readout.sampleRatio;
  if (!srm) return '';
  if (!srm.mismatch) return 'the split is as planned';
  // The arm furthest from its planned share says what went wrong.
  const worst = [...readout.arms].sort(
    (a, b) =>
      Math.abs((b.share ?? 0) - b.expectedShare) -
      Math.abs((a.share ?? 0) - a.expectedShare),
  )[0];
  return `the split is not as planned: ${armName(worst.arm)} received ${pct(
    worst.share ?? 0,
  )} of the users instead of ${pct(
    worst.expectedShare,
  )} (sample-ratio mismatch, p < ${SRM_THRESHOLD}), so the comparison cannot be trusted until the assignment is fixed`;
}

function capitalise(text: string) {
  return text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);
}

/**
 * The readout in one sentence, e.g. "B converted 33 % more than the holdout (95 % interval 22 %
 * to 45 %); the split is as planned." Figures are rounded here, for display only.
 */
export function readoutSentence(
  readout: Omit<CampaignReadout, 'sentence'>,
): string {
  const users = readout.arms.reduce((s, a) => s + a.users, 0);
  if (readout.comparisons.length === 0) {
    return 'Nothing to compare: the campaign has a single variant and no holdout, so its effect cannot be measured.';
  }
  if (users === 0) return 'No results yet.';
  const parts = readout.comparisons.map(c => comparisonClause(c, readout.arms));
  if (readout.comparisonsMade > 1) {
    parts.push(
      `${readout.comparisonsMade} comparisons with ${armName(
        readout.control,
      )}, each at 95 % with no correction for the others`,
    );
  }
  const split = splitClause(readout);
  if (split) parts.push(split);
  return `${capitalise(parts.join('; '))}.`;
}
