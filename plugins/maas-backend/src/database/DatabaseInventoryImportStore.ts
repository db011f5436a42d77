import { InventoryImportResult } from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import { InventoryImportStore } from './InventoryImportStore';
import { isUniqueViolation } from './isUniqueViolation';

const TABLE = 'maas_inventory_imports';

/** {@link InventoryImportStore} in the plugin's database. */
export class DatabaseInventoryImportStore implements InventoryImportStore {
  constructor(private readonly db: Knex) {}

  async save(result: InventoryImportResult): Promise<void> {
    const finishedAt = new Date(result.finishedAt).toISOString();
    const row = {
      provider_id: result.providerId,
      finished_at: finishedAt,
      status: result.status,
      result: JSON.stringify(result),
    };
    const updated = await this.db(TABLE)
      .where({ provider_id: result.providerId })
      .andWhere('finished_at', '<=', finishedAt)
      .update(row);
    if (updated > 0) return;
    try {
      await this.db(TABLE).insert(row);
    } catch (error) {
      // A later result is stored already (or another replica stored this one first).
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async list(): Promise<InventoryImportResult[]> {
    const rows: Array<{ result: string }> = await this.db(TABLE)
      .select('result')
      .orderBy('provider_id');
    return rows.map(r => JSON.parse(r.result));
  }
}
