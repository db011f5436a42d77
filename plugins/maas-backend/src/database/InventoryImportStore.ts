import { InventoryImportResult } from '@maas/plugin-maas-common';

/** The latest result of each inventory import. */
export interface InventoryImportStore {
  /**
   * Keeps the result unless one that finished later is stored for the same import (events may
   * arrive out of order across replicas).
   */
  save(result: InventoryImportResult): Promise<void>;
  /** The latest result of each import, by import id. */
  list(): Promise<InventoryImportResult[]>;
}
