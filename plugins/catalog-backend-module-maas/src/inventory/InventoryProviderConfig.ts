import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { fieldType, InventoryKind, mappableFields } from './fieldTypes';

/** How the columns of one kind's rows map onto its fields. */
export interface InventoryMapping {
  /** Entity field (`name`, `title`, `description`, `tags` or a spec path) → column header. */
  columns: Record<string, string>;
  /** Entity field → cell text → the value to use instead (matched ignoring case). */
  values: Record<string, Record<string, string>>;
}

/** One `catalog.providers.maasInventory.<id>`, read and checked. */
export interface InventoryProviderConfig {
  id: string;
  /** A file path (relative to the backend's working directory) or an http(s) URL. */
  source: string;
  format: 'csv' | 'xlsx';
  /** XLSX: the worksheet's name; the first worksheet when absent. */
  sheet?: string;
  /** The row holding the headers (1 = the first). */
  headerRow: number;
  /** CSV: the field delimiter. */
  delimiter: string;
  defaults: {
    namespace: string;
    owner?: string;
    technicalOwner?: string;
    lifecycle?: string;
    currency?: string;
  };
  tools: InventoryMapping;
  /** Absent: tools name vendors that the catalogue gets elsewhere. */
  vendors?: InventoryMapping;
  schedule?: SchedulerServiceTaskScheduleDefinition;
}

const ROOT = 'catalog.providers.maasInventory';
const NAMESPACE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function invalid(key: string, message: string): never {
  throw new Error(`Invalid config: ${key} ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{licenses: {active: "Seats used"}}` → `licenses.active` → `Seats used`. */
function flatten(
  value: Record<string, unknown>,
  key: string,
  prefix = '',
): Array<[field: string, header: string]> {
  return Object.entries(value).flatMap(([k, v]) => {
    const field = prefix ? `${prefix}.${k}` : k;
    if (isRecord(v)) return flatten(v, key, field);
    if (typeof v !== 'string' || v.trim() === '') {
      return invalid(`${key}.${field}`, 'must name a column (a header)');
    }
    return [[field, v.trim()] as [string, string]];
  });
}

function readMapping(
  config: Config,
  key: string,
  kind: InventoryKind,
): InventoryMapping {
  const rawColumns = config.getOptional('columns') ?? {};
  if (!isRecord(rawColumns)) {
    invalid(`${key}.columns`, 'must map entity fields to column headers');
  }
  const columns: Record<string, string> = {};
  for (const [field, header] of flatten(rawColumns, `${key}.columns`)) {
    if (!fieldType(kind, field)) {
      invalid(
        `${key}.columns.${field}`,
        `is not a field of ${kind} a column can fill; one of: ${mappableFields(
          kind,
        ).join(', ')}`,
      );
    }
    columns[field] = header;
  }
  const rawValues = config.getOptional('values') ?? {};
  if (!isRecord(rawValues)) {
    invalid(`${key}.values`, 'must map entity fields to {cell text: value}');
  }
  const values: Record<string, Record<string, string>> = {};
  for (const [field, map] of Object.entries(rawValues)) {
    if (!fieldType(kind, field)) {
      invalid(`${key}.values.${field}`, `is not a field of ${kind}`);
    }
    if (!isRecord(map)) {
      invalid(`${key}.values.${field}`, 'must map cell texts to values');
    }
    values[field] = Object.fromEntries(
      Object.entries(map).map(([text, value]) => [
        text.trim().toLocaleLowerCase('en-US'),
        String(value),
      ]),
    );
  }
  return { columns, values };
}

function readOne(config: Config, id: string, key: string) {
  const source = config.getString('source').trim();
  if (!source) invalid(`${key}.source`, 'must name a file or a URL');
  const format =
    config.getOptionalString('format') ??
    (/\.csv$/i.test(new URL(source, 'file:///').pathname) ? 'csv' : 'xlsx');
  if (format !== 'csv' && format !== 'xlsx') {
    invalid(`${key}.format`, `must be csv or xlsx, got "${format}"`);
  }
  const headerRow = config.getOptionalNumber('headerRow') ?? 1;
  if (!Number.isInteger(headerRow) || headerRow < 1) {
    invalid(
      `${key}.headerRow`,
      `must be a whole number from 1, got ${headerRow}`,
    );
  }
  const delimiter = config.getOptionalString('delimiter') ?? ',';
  if (delimiter.length !== 1) {
    invalid(`${key}.delimiter`, 'must be one character');
  }
  const defaults = config.getOptionalConfig('defaults');
  const namespace = defaults?.getOptionalString('namespace') ?? 'default';
  if (!NAMESPACE_PATTERN.test(namespace)) {
    invalid(
      `${key}.defaults.namespace`,
      `must be lower-case words joined by hyphens, got "${namespace}"`,
    );
  }
  const tools = readMapping(
    config.getConfig('tools'),
    `${key}.tools`,
    'MartechTool',
  );
  if (!tools.columns.title && !tools.columns.name) {
    invalid(
      `${key}.tools.columns`,
      'must map a column to title or name: each row is one tool',
    );
  }
  const vendorsConfig = config.getOptionalConfig('vendors');
  const vendors = vendorsConfig
    ? readMapping(vendorsConfig, `${key}.vendors`, 'Vendor')
    : undefined;
  if (
    vendors &&
    !vendors.columns.title &&
    !vendors.columns.name &&
    !tools.columns.vendor
  ) {
    invalid(
      `${key}.vendors.columns`,
      'must map title or name, or tools.columns must map vendor: the vendor of each row',
    );
  }
  const currency = defaults?.getOptionalString('currency');
  return {
    id,
    source,
    format,
    ...(config.has('sheet') ? { sheet: config.getString('sheet') } : {}),
    headerRow,
    delimiter,
    defaults: {
      namespace,
      ...optional('owner', defaults?.getOptionalString('owner')),
      ...optional(
        'technicalOwner',
        defaults?.getOptionalString('technicalOwner'),
      ),
      ...optional('lifecycle', defaults?.getOptionalString('lifecycle')),
      ...optional('currency', currency?.toUpperCase()),
    },
    tools,
    ...(vendors ? { vendors } : {}),
    ...(config.has('schedule')
      ? {
          schedule: readSchedulerServiceTaskScheduleDefinitionFromConfig(
            config.getConfig('schedule'),
          ),
        }
      : {}),
  } satisfies InventoryProviderConfig;
}

function optional<K extends string>(key: K, value: string | undefined) {
  return (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
}

/**
 * Reads `catalog.providers.maasInventory`: either one import (`source` directly under it, id
 * `default`) or several keyed by id. Throws at start-up naming the bad key.
 */
export function readInventoryProviderConfigs(
  root: Config,
): InventoryProviderConfig[] {
  const config = root.getOptionalConfig(ROOT);
  if (!config) return [];
  if (config.has('source')) return [readOne(config, 'default', ROOT)];
  return config.keys().map(id => {
    if (!/^[A-Za-z0-9][-_A-Za-z0-9]*$/.test(id)) {
      invalid(`${ROOT}.${id}`, 'is not an id: letters, digits, - and _');
    }
    return readOne(config.getConfig(id), id, `${ROOT}.${id}`);
  });
}
