/**
 * A spreadsheet row that did not become what it describes, or became it with a caveat.
 *
 * @public
 */
export interface InventoryProblem {
  /** The row number as a spreadsheet shows it (the header is usually row 1). */
  row: number;
  /** The header of the column at fault, when one is. */
  column?: string;
  /** The cell at fault, e.g. `F7`, when a column is. */
  cell?: string;
  /** The entity field at fault, e.g. `spec.licenses.active`. */
  field?: string;
  /** The entity the row describes, e.g. `martechtool:default/braze-engagement`. */
  entityRef?: string;
  /** `error`: the entity is not in the catalogue; `warning`: it is, as the message says. */
  level: 'error' | 'warning';
  message: string;
}

/** What an import run achieved. @public */
export const inventoryImportStatuses = [
  'imported',
  'imported-with-problems',
  'failed',
] as const;

/**
 * One run of an inventory import (`catalog.providers.maasInventory`): what was read, what
 * entered the catalogue, and every row that did not, with its row, column and reason. The
 * catalogue module publishes it on {@link MAAS_INVENTORY_RESULTS_TOPIC}; maas-backend keeps the
 * latest per provider and serves them at `GET /api/maas/inventory/imports`.
 *
 * @public
 */
export interface InventoryImportResult {
  /** The provider's id: its key under `catalog.providers.maasInventory`. */
  providerId: string;
  /** The file path or URL read. */
  source: string;
  /** The worksheet read, for an XLSX file. */
  sheet?: string;
  startedAt: string;
  finishedAt: string;
  status: (typeof inventoryImportStatuses)[number];
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Entities handed to the catalogue, by kind. */
  entities: { vendors: number; tools: number };
  /** At most {@link MAX_INVENTORY_PROBLEMS}, first rows first; `problemCount` has them all. */
  problems: InventoryProblem[];
  problemCount: number;
  /** Why nothing was imported, when `status` is `failed`; the catalogue then keeps what it had. */
  error?: string;
}

/** The most problems one result carries. @public */
export const MAX_INVENTORY_PROBLEMS = 500;

/**
 * The events topic the catalogue module publishes each import's {@link InventoryImportResult}
 * on; maas-backend stores them.
 *
 * @public
 */
export const MAAS_INVENTORY_RESULTS_TOPIC = 'maas.inventory.results';

/**
 * The events topic maas-backend publishes an import request on (payload
 * {@link InventoryImportRequest}); the inventory providers listen and import at once.
 *
 * @public
 */
export const MAAS_INVENTORY_REQUESTS_TOPIC = 'maas.inventory.requests';

/** An import asked for by a person (`POST /api/maas/inventory/imports`). @public */
export interface InventoryImportRequest {
  /** One provider, or every provider when absent. */
  providerId?: string;
  requestedBy: string;
  requestedAt: string;
}
