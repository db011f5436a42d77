/** The font size of a row chart's labels, in pixels. */
export const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
/**
 * A wide character of the theme's sans-serif font at FONT_SIZE, as a fraction of the font size:
 * labels are wrapped by characters, so the estimate errs wide to keep every line in its axis.
 */
const CHAR_WIDTH = 0.6 * FONT_SIZE;

/**
 * Splits a label into lines of at most `maxChars` characters, at spaces where it can; a word
 * longer than a line is cut into line-long pieces rather than left to run out of the axis.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces: string[] = [];
    for (let i = 0; i < word.length; i += width) {
      pieces.push(word.slice(i, i + width));
    }
    for (const piece of pieces) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * The geometry of a horizontal bar chart with one row per label: every label gets its own
 * band, tall enough for the most wrapped label, so no two labels ever share a line.
 */
export function rowChartLayout(labels: string[], axisWidth: number) {
  const maxChars = (axisWidth - 8) / CHAR_WIDTH;
  const lines = Math.max(1, ...labels.map(l => wrapLabel(l, maxChars).length));
  const rowHeight = Math.max(28, lines * LINE_HEIGHT + 12);
  return {
    maxChars,
    rowHeight,
    /** Rows, plus the number axis and the margins around the plot. */
    height: labels.length * rowHeight + 48,
  };
}
