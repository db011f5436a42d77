import { ReactNode } from 'react';
import { Paper, Typography } from '@material-ui/core';
import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { FONT_SIZE, rowChartLayout } from './rowChartLayout';
import { wrappedTicks } from './WrappedTick';

/** The tones a row chart colours its bars with, from the Backstage theme so both themes read. */
export type RowTone = 'alarm' | 'ok' | 'neutral';

/**
 * A chart row. Recharts spreads a row's fields onto its bar as props, so no field may be
 * called `ref` or `key`.
 */
export interface ChartRow {
  name: string;
  value: number;
  tone: RowTone;
}

/**
 * A horizontal bar chart with one row per label: every label is drawn, wrapped to fit its axis,
 * in a band as tall as the most wrapped label needs, so labels never overlap; the chart is as
 * tall as its rows. Each bar carries its value as a label; the tooltip says what `describe` says.
 */
export function RowChart<T extends ChartRow>(props: {
  rows: T[];
  axisWidth: number;
  valueName: string;
  unit?: string;
  describe(row: T): ReactNode;
  testId: string;
}) {
  const { rows, axisWidth, unit = '' } = props;
  const { palette } = useTheme();
  const tones: Record<RowTone, string> = {
    alarm: palette.error.main,
    ok: palette.success.main,
    neutral: palette.primary.main,
  };
  const text = palette.text.primary;
  const layout = rowChartLayout(
    rows.map(r => r.name),
    axisWidth,
  );
  const tooltip = ({
    active,
    payload,
  }: {
    active?: boolean;
    payload?: ReadonlyArray<{ payload?: T }>;
  }) => {
    const row = active ? payload?.[0]?.payload : undefined;
    if (!row) return null;
    return (
      <Paper elevation={3} style={{ padding: 8 }}>
        <Typography variant="subtitle2">{row.name}</Typography>
        <Typography variant="body2">{props.describe(row)}</Typography>
      </Paper>
    );
  };
  return (
    <div style={{ height: layout.height }} data-testid={props.testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 56, bottom: 8, left: 0 }}
        >
          <XAxis
            type="number"
            allowDecimals={false}
            unit={unit}
            tick={{ fill: text, fontSize: FONT_SIZE }}
            stroke={palette.divider}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={axisWidth}
            interval={0}
            stroke={palette.divider}
            tick={wrappedTicks(layout.maxChars, text)}
          />
          <Tooltip content={tooltip} cursor={{ fill: palette.action.hover }} />
          <Bar dataKey="value" name={props.valueName} isAnimationActive={false}>
            {rows.map((r, i) => (
              <Cell key={i} fill={tones[r.tone]} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              fill={text}
              fontSize={FONT_SIZE}
              formatter={(v: unknown) => `${v}${unit}`}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
