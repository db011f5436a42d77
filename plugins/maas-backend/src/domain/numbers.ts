/** Rounded to one decimal, as every figure the plugin shows. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `part` as a percentage of `whole`, one decimal; null when there is no whole to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round1((100 * part) / whole) : null;
}

/** The median, null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
