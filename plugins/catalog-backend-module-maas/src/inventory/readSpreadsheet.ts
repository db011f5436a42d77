import { InputError } from '@backstage/errors';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** What a cell holds once read: text, a number, true or false, or a date. */
export type CellValue = string | number | boolean | Date;

export interface SheetRow {
  /** The row number as a spreadsheet shows it. */
  row: number;
  /** By column index (0 = column A); undefined for an empty cell. */
  cells: Array<CellValue | undefined>;
}

export interface Sheet {
  /** The worksheet read (XLSX only). */
  name?: string;
  /** The header row's cells, trimmed, by column index. */
  headers: string[];
  /** The rows below the header that hold anything. */
  rows: SheetRow[];
}

/** The most data rows one import reads; a larger file is refused, not cut. */
export const MAX_ROWS = 20_000;

/** `0` → `A`, `27` → `AB`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function isBlank(value: CellValue | undefined): boolean {
  return (
    value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

function split(all: SheetRow[], headerRow: number, name?: string): Sheet {
  const header = all.find(r => r.row === headerRow);
  if (!header || header.cells.every(isBlank)) {
    throw new InputError(
      `row ${headerRow} (the header row) is empty${
        name ? ` in worksheet "${name}"` : ''
      }`,
    );
  }
  const rows = all.filter(
    r => r.row > headerRow && !r.cells.every(v => isBlank(v)),
  );
  if (rows.length > MAX_ROWS) {
    throw new InputError(
      `the file has ${rows.length} rows; an import reads at most ${MAX_ROWS}`,
    );
  }
  return {
    ...(name ? { name } : {}),
    headers: header.cells.map(v =>
      v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim(),
    ),
    rows,
  };
}

function readCsv(data: Buffer, headerRow: number, delimiter: string): Sheet {
  let records: string[][];
  try {
    records = parse(data, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new InputError(`the CSV cannot be read: ${(error as Error).message}`);
  }
  return split(
    records.map((cells, i) => ({
      row: i + 1,
      cells: cells.map(c => (c === '' ? undefined : c)),
    })),
    headerRow,
  );
}

/** A cell of exceljs as a plain value: a formula's result, rich text's text, a link's text. */
function plain(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map(r => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return plain((value as ExcelJS.CellFormulaValue).result as any);
    }
    if ('text' in value) return plain((value as any).text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

async function readXlsx(
  data: Buffer,
  headerRow: number,
  sheetName?: string,
): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as any);
  } catch (error) {
    throw new InputError(
      `the file is not an XLSX workbook: ${(error as Error).message}`,
    );
  }
  const worksheet = sheetName
    ? workbook.getWorksheet(sheetName)
    : workbook.worksheets[0];
  if (!worksheet) {
    throw new InputError(
      sheetName
        ? `the workbook has no worksheet "${sheetName}"; it has: ${workbook.worksheets
            .map(w => `"${w.name}"`)
            .join(', ')}`
        : 'the workbook has no worksheet',
    );
  }
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<CellValue | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = plain(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells) });
  });
  return split(rows, headerRow, worksheet.name);
}

/**
 * Reads a CSV or XLSX file into its header and rows. A file that cannot be read at all (not the
 * format, no such worksheet, an empty header row, too many rows) is an InputError naming why.
 */
export async function readSpreadsheet(
  data: Buffer,
  options: {
    format: 'csv' | 'xlsx';
    headerRow: number;
    sheet?: string;
    delimiter?: string;
  },
): Promise<Sheet> {
  return options.format === 'csv'
    ? readCsv(data, options.headerRow, options.delimiter ?? ',')
    : readXlsx(data, options.headerRow, options.sheet);
}
