import { resolve } from 'node:path';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  InventoryProblem,
  MAAS_API_VERSION,
  Taxonomy,
  validateMaasEntity,
  ValidationProblem,
} from '@maas/plugin-maas-common';
import { cellText, convertCell, toEntityName } from './cellValues';
import { fieldType, InventoryKind, metadataFields } from './fieldTypes';
import {
  InventoryMapping,
  InventoryProviderConfig,
} from './InventoryProviderConfig';
import { CellValue, columnLetter, Sheet, SheetRow } from './readSpreadsheet';

/** The entities a sheet describes, and what went wrong on which row. */
export interface MappedInventory {
  vendors: Entity[];
  tools: Entity[];
  problems: InventoryProblem[];
}

type Columns = Map<string, number>;

/** Field → column index, or an InputError naming every header the sheet lacks. */
function resolveColumns(
  sheet: Sheet,
  config: InventoryProviderConfig,
): { tools: Columns; vendors?: Columns } {
  const normal = (h: string) => h.toLocaleLowerCase('en-US');
  const byHeader = new Map<string, number>();
  sheet.headers.forEach((h, i) => {
    if (h && !byHeader.has(normal(h))) byHeader.set(normal(h), i);
  });
  const missing: string[] = [];
  const indexOf = (mapping: InventoryMapping, key: string): Columns =>
    new Map(
      Object.entries(mapping.columns).flatMap(([field, header]) => {
        const index = byHeader.get(normal(header));
        if (index === undefined) {
          missing.push(`"${header}" (${key}.columns.${field})`);
          return [];
        }
        return [[field, index] as const];
      }),
    );
  const tools = indexOf(config.tools, 'tools');
  const vendors = config.vendors
    ? indexOf(config.vendors, 'vendors')
    : undefined;
  if (missing.length > 0) {
    throw new InputError(
      `the ${
        sheet.name ? `worksheet "${sheet.name}"` : 'file'
      } has no column ${missing.join(', ')}; its row ${
        config.headerRow
      } has: ${sheet.headers
        .filter(Boolean)
        .map(h => `"${h}"`)
        .join(', ')}`,
    );
  }
  return { tools, ...(vendors ? { vendors } : {}) };
}

function setPath(target: Record<string, any>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part];
  }
  node[parts[parts.length - 1]] = value;
}

function getPath(target: Record<string, any>, path: string): unknown {
  return path
    .split('.')
    .reduce<any>(
      (node, part) =>
        node === null || node === undefined ? undefined : node[part],
      target,
    );
}

/** A row's cells for one kind: field → what it becomes, and the cells read. */
interface RowFields {
  metadata: Record<string, unknown>;
  spec: Record<string, any>;
  /** Field → the cell's text, for messages. */
  cells: Map<string, string>;
}

function readFields(
  row: SheetRow,
  kind: InventoryKind,
  mapping: InventoryMapping,
  columns: Columns,
  config: InventoryProviderConfig,
  taxonomy: Taxonomy,
  skip: string[],
): RowFields {
  const out: RowFields = { metadata: {}, spec: {}, cells: new Map() };
  for (const [field, index] of columns) {
    if (skip.includes(field)) continue;
    const value: CellValue | undefined = row.cells[index];
    const text = cellText(value);
    if (value === undefined || text === undefined) continue;
    out.cells.set(field, text);
    const converted = convertCell(value, {
      field,
      type: fieldType(kind, field)!,
      values: mapping.values[field],
      taxonomy,
      defaultCurrency: config.defaults.currency,
    });
    if (metadataFields[field]) out.metadata[field] = converted;
    else setPath(out.spec, field, converted);
  }
  // Split money columns: an amount without a currency takes the default one.
  for (const field of columns.keys()) {
    const match = /^(.*)\.amount$/.exec(field);
    const money = match && getPath(out.spec, match[1]);
    if (
      money &&
      typeof money === 'object' &&
      !('currency' in money) &&
      config.defaults.currency
    ) {
      (money as Record<string, unknown>).currency = config.defaults.currency;
    }
  }
  return out;
}

/** The name a cell gives an entity, or undefined for an empty one. */
function nameFrom(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (text.includes(':')) {
    try {
      return parseEntityRef(text).name;
    } catch {
      // A name with a colon in it: hyphenated below.
    }
  }
  return toEntityName(text) || undefined;
}

function locationOf(source: string): string {
  return /^https?:\/\//i.test(source)
    ? `url:${source}`
    : `file:${resolve(source)}`;
}

/** Where a validation problem's field came from: the mapped column holding it, if any. */
function columnOf(path: string, columns: Columns): string | undefined {
  const field = path.startsWith('spec.')
    ? path.slice('spec.'.length)
    : path.replace(/^metadata\./, '');
  const fields = [...columns.keys()].sort((a, b) => b.length - a.length);
  return (
    fields.find(
      f =>
        field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`),
    ) ?? fields.find(f => f.startsWith(`${field}.`))
  );
}

interface Located {
  row: number;
  columns: Columns;
  headers: string[];
  cells: Map<string, string>;
  configKey: string;
  /** Field → the row its cell is on, when not `row` (a vendor named on several rows). */
  rowOf?: Map<string, number>;
}

function problemAt(
  at: Located,
  field: string | undefined,
  message: string,
  extra: Partial<InventoryProblem> = {},
): InventoryProblem {
  const index = field !== undefined ? at.columns.get(field) : undefined;
  const row = (field !== undefined && at.rowOf?.get(field)) || at.row;
  return {
    row,
    ...(index !== undefined
      ? {
          column: at.headers[index],
          cell: `${columnLetter(index)}${row}`,
        }
      : {}),
    level: 'error',
    message,
    ...extra,
  };
}

function validationProblems(
  problems: ValidationProblem[],
  at: Located,
  entityRef: string,
  prefix: string,
): InventoryProblem[] {
  return problems.map(p => {
    const field = columnOf(p.path, at.columns);
    const cell = field !== undefined ? at.cells.get(field) : undefined;
    let hint = '';
    if (field === undefined) {
      hint = ` (no column gives it: map one under ${at.configKey}.columns, or set a default)`;
    } else if (cell !== undefined) {
      hint = ` (the cell reads "${cell}")`;
    }
    return problemAt(at, field, `${prefix}${p.path} ${p.message}${hint}`, {
      field: p.path,
      entityRef,
    });
  });
}

interface VendorDraft {
  at: Located;
  entity: Entity;
  /** Field → the row that gave it, for conflicts. */
  givenBy: Map<string, number>;
}

/**
 * Turns the rows of a sheet into MartechTool entities (one per row) and the Vendor entities they
 * name (one per vendor, however many rows name it), each validated by maas-common exactly as a
 * YAML file's entity would be. A row that fails is reported with its row, column and reason and
 * left out; the other rows still load. Names are stable (the name column, or the title
 * hyphenated), so importing the same file again gives the same entities.
 */
export function mapInventory(
  sheet: Sheet,
  config: InventoryProviderConfig,
  taxonomy: Taxonomy,
): MappedInventory {
  const columns = resolveColumns(sheet, config);
  const { namespace } = config.defaults;
  const base = `catalog.providers.maasInventory${
    config.id === 'default' ? '' : `.${config.id}`
  }`;
  const location = locationOf(config.source);
  const annotations = {
    [ANNOTATION_LOCATION]: location,
    [ANNOTATION_ORIGIN_LOCATION]: location,
  };
  const problems: InventoryProblem[] = [];
  const tools = new Map<string, { row: number; entity: Entity }>();
  const vendors = new Map<string, VendorDraft>();

  for (const row of sheet.rows) {
    const toolAt: Located = {
      row: row.row,
      columns: columns.tools,
      headers: sheet.headers,
      cells: new Map(),
      configKey: `${base}.tools`,
    };
    const fields = readFields(
      row,
      'MartechTool',
      config.tools,
      columns.tools,
      config,
      taxonomy,
      ['name', 'vendor'],
    );
    toolAt.cells = fields.cells;
    const cell = (field: string, cols: Columns | undefined) => {
      const index = cols?.get(field);
      return index === undefined ? undefined : cellText(row.cells[index]);
    };
    const nameCell = cell('name', columns.tools);
    const name =
      nameFrom(nameCell) ?? nameFrom(cellText(fields.metadata.title as string));
    if (!name) {
      problems.push(
        problemAt(
          toolAt,
          columns.tools.has('title') ? 'title' : 'name',
          'names no tool: the cell is empty',
        ),
      );
      continue;
    }
    const toolRef = `martechtool:${namespace}/${name}`;

    // The vendor this row names: its own columns, else the tool's vendor column.
    const vendorCell = cell('vendor', columns.tools);
    const vendorName =
      nameFrom(cell('name', columns.vendors)) ??
      nameFrom(cell('title', columns.vendors)) ??
      nameFrom(vendorCell);
    // A reference written out (`vendor:braze`) is kept when the import makes no vendors.
    let vendorRef: string | undefined;
    if (vendorCell?.includes(':') && !config.vendors) vendorRef = vendorCell;
    else if (vendorName) vendorRef = `vendor:${namespace}/${vendorName}`;

    const tool: Entity = {
      apiVersion: MAAS_API_VERSION,
      kind: 'MartechTool',
      metadata: {
        name,
        namespace,
        ...fields.metadata,
        annotations: { ...annotations },
      },
      spec: {
        ...(vendorRef ? { vendor: vendorRef } : {}),
        ...(config.defaults.owner ? { owner: config.defaults.owner } : {}),
        ...(config.defaults.technicalOwner
          ? { technicalOwner: config.defaults.technicalOwner }
          : {}),
        ...(config.defaults.lifecycle
          ? { lifecycle: config.defaults.lifecycle }
          : {}),
        ...fields.spec,
      },
    };
    if (vendorCell) toolAt.cells.set('vendor', vendorCell);
    if (nameCell) toolAt.cells.set('name', nameCell);

    const earlier = tools.get(name);
    if (earlier) {
      problems.push(
        problemAt(
          toolAt,
          columns.tools.has('name') ? 'name' : 'title',
          `names the tool "${name}" again: row ${earlier.row} already does; this row is left out`,
          { entityRef: toolRef },
        ),
      );
      continue;
    }
    const toolProblems = validateMaasEntity(tool, { taxonomy });
    if (toolProblems.length > 0) {
      problems.push(...validationProblems(toolProblems, toolAt, toolRef, ''));
    } else {
      tools.set(name, { row: row.row, entity: tool });
    }

    if (config.vendors && columns.vendors && vendorName) {
      collectVendor(row, vendorName, vendorCell, {
        config,
        columns: columns.vendors,
        headers: sheet.headers,
        taxonomy,
        vendors,
        problems,
        annotations,
        configKey: `${base}.vendors`,
      });
    }
  }

  const vendorEntities: Entity[] = [];
  for (const draft of vendors.values()) {
    const vendorRef = `vendor:${namespace}/${draft.entity.metadata.name}`;
    const found = validateMaasEntity(draft.entity, { taxonomy });
    if (found.length > 0) {
      problems.push(
        ...validationProblems(
          found,
          { ...draft.at, rowOf: draft.givenBy },
          vendorRef,
          `vendor "${draft.entity.metadata.name}": `,
        ),
      );
    } else {
      vendorEntities.push(draft.entity);
    }
  }

  return {
    vendors: vendorEntities,
    tools: [...tools.values()].map(t => t.entity),
    problems: problems.sort((a, b) => a.row - b.row),
  };
}

function collectVendor(
  row: SheetRow,
  name: string,
  vendorCell: string | undefined,
  context: {
    config: InventoryProviderConfig;
    columns: Columns;
    headers: string[];
    taxonomy: Taxonomy;
    vendors: Map<string, VendorDraft>;
    problems: InventoryProblem[];
    annotations: Record<string, string>;
    configKey: string;
  },
) {
  const { config, columns, vendors, problems } = context;
  const fields = readFields(
    row,
    'Vendor',
    config.vendors!,
    columns,
    config,
    context.taxonomy,
    ['name'],
  );
  const at: Located = {
    row: row.row,
    columns,
    headers: context.headers,
    cells: fields.cells,
    configKey: context.configKey,
  };
  const title =
    (fields.metadata.title as string | undefined) ??
    (vendorCell?.includes(':') ? undefined : vendorCell);
  const draft = vendors.get(name);
  if (!draft) {
    vendors.set(name, {
      at,
      givenBy: new Map([...fields.cells.keys()].map(f => [f, row.row])),
      entity: {
        apiVersion: MAAS_API_VERSION,
        kind: 'Vendor',
        metadata: {
          name,
          namespace: config.defaults.namespace,
          ...fields.metadata,
          ...(title ? { title } : {}),
          annotations: { ...context.annotations },
        },
        spec: {
          ...(config.defaults.owner ? { owner: config.defaults.owner } : {}),
          ...(config.defaults.technicalOwner
            ? { technicalOwner: config.defaults.technicalOwner }
            : {}),
          ...fields.spec,
        },
      },
    });
    return;
  }
  // Another row of the same vendor: it fills what is still empty; a different value is reported.
  for (const [field, text] of fields.cells) {
    const target = metadataFields[field]
      ? draft.entity.metadata
      : draft.entity.spec!;
    const value = metadataFields[field]
      ? fields.metadata[field]
      : getPath(fields.spec, field);
    const existing = getPath(target as Record<string, any>, field);
    const firstRow = draft.givenBy.get(field);
    if (firstRow === undefined) {
      setPath(target as Record<string, any>, field, value);
      draft.givenBy.set(field, row.row);
      draft.at.cells.set(field, text);
    } else if (JSON.stringify(existing) !== JSON.stringify(value)) {
      problems.push(
        problemAt(
          at,
          field,
          `vendor "${name}": ${field} reads "${text}" here but "${draft.at.cells.get(
            field,
          )}" on row ${firstRow}; row ${firstRow}'s is kept`,
          {
            level: 'warning',
            entityRef: `vendor:${config.defaults.namespace}/${name}`,
          },
        ),
      );
    }
  }
}
