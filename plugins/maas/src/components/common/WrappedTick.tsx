import { FONT_SIZE, LINE_HEIGHT, wrapLabel } from './rowChartLayout';

/** What recharts tells a custom tick: where it goes and the category it names. */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category tick that wraps its label onto as many lines as it needs, centred on its row. */
export function WrappedTick(
  props: TickProps & { maxChars: number; fill: string },
) {
  const { payload, maxChars, fill } = props;
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars);
  const first = -((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={FONT_SIZE} fill={fill}>
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={x - 4}
          dy={i === 0 ? first + FONT_SIZE * 0.35 : LINE_HEIGHT}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A YAxis `tick` that draws each category with WrappedTick. */
export function wrappedTicks(maxChars: number, fill: string) {
  return (tick: TickProps) => (
    <WrappedTick
      x={tick.x}
      y={tick.y}
      payload={tick.payload}
      maxChars={maxChars}
      fill={fill}
    />
  );
}
