import { Box, Typography, useTheme } from '@material-ui/core';
import { isValidReadout, ReadoutComparison } from '@maas/plugin-maas-common';
import { formatLift } from '../common/format';

const WIDTH = 100;
const HEIGHT = 18;

/**
 * The relative lifts a set of readable comparisons spans, with 0 in it: one scale for all their
 * plots. The wide intervals of comparisons with too little data (or a broken split) would
 * flatten every other plot: they are drawn clipped to it.
 */
export function liftDomain(
  comparisons: readonly ReadoutComparison[],
): [number, number] {
  let low = -0.1;
  let high = 0.1;
  for (const c of comparisons) {
    if (!c.relativeLift || !isValidReadout(c.verdict)) continue;
    low = Math.min(low, c.relativeLift.low);
    high = Math.max(high, c.relativeLift.high);
  }
  return [low, high];
}

/**
 * One arm's relative lift against the control as an interval plot: its 95 % interval as a bar,
 * the estimate as a dot, no effect as a vertical line; green above 0, red below, grey across.
 */
export function LiftInterval(props: {
  comparison: ReadoutComparison;
  domain: [number, number];
  /** Name the arm beside the figure (when there are several). */
  named?: boolean;
}) {
  const { comparison: c, domain, named } = props;
  const theme = useTheme();
  const lift = c.relativeLift;
  const label = lift
    ? `${c.arm}: ${formatLift(lift.estimate)} (95 % interval ${formatLift(
        lift.low,
      )} to ${formatLift(lift.high)})`
    : `${c.arm}: no lift (the control has not converted)`;
  if (!lift) {
    return <Typography variant="body2">{label}</Typography>;
  }
  const [min, max] = domain;
  const x = (v: number) =>
    ((Math.min(Math.max(v, min), max) - min) / (max - min)) * WIDTH;
  let color = theme.palette.text.secondary;
  if (c.verdict === 'positive') color = theme.palette.success.main;
  if (c.verdict === 'negative') color = theme.palette.error.main;
  return (
    <Box display="flex" alignItems="center">
      <svg
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={label}
        style={{ flexShrink: 0 }}
      >
        <line
          x1={x(0)}
          x2={x(0)}
          y1={0}
          y2={HEIGHT}
          stroke={theme.palette.divider}
          strokeWidth={1}
        />
        <line
          x1={x(lift.low)}
          x2={x(lift.high)}
          y1={HEIGHT / 2}
          y2={HEIGHT / 2}
          stroke={color}
          strokeWidth={4}
          strokeLinecap="round"
        />
        <circle
          cx={x(lift.estimate)}
          cy={HEIGHT / 2}
          r={4}
          fill={theme.palette.background.paper}
          stroke={color}
          strokeWidth={2}
        />
      </svg>
      <Box ml={1}>
        <Typography variant="body2" style={{ whiteSpace: 'nowrap' }}>
          {named ? `${c.arm} ` : ''}
          {formatLift(lift.estimate)}
        </Typography>
      </Box>
    </Box>
  );
}
