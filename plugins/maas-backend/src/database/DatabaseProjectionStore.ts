import { Knex } from 'knex';
import { iso } from './iso';
import {
  ProjectedRow,
  ProjectionChange,
  ProjectionState,
  ProjectionStore,
} from './ProjectionStore';

const ROWS = 'maas_projection_entities';
const STATE = 'maas_projection_state';
/** Rows per statement: within SQLite's limit on bound parameters. */
const CHUNK = 150;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    out.push(items.slice(i, i + CHUNK));
  }
  return out;
}

/** {@link ProjectionStore} in the plugin's database. */
export class DatabaseProjectionStore implements ProjectionStore {
  constructor(private readonly db: Knex) {}

  async state(): Promise<ProjectionState> {
    const row = await this.db(STATE).where({ id: 1 }).first();
    return {
      version: Number(row.version),
      writes: Number(row.writes),
      ...(row.reconciled_at ? { reconciledAt: iso(row.reconciled_at) } : {}),
    };
  }

  /**
   * Runs a change to the rows holding the state row's lock, so writers (the event applier, the
   * reconciliation, on any replica) take turns and versions are committed in order: a reader
   * that sees version v in the state row finds every row of a version up to v.
   */
  private async locked<T>(
    change: (
      tx: Knex.Transaction,
      nextVersion: () => Promise<number>,
    ) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async tx => {
      const state = await tx(STATE).where({ id: 1 }).forUpdate().first();
      let version: number | undefined;
      const nextVersion = async () => {
        if (version === undefined) {
          version = Number(state.version) + 1;
          await tx(STATE).where({ id: 1 }).update({ version });
        }
        return version;
      };
      return change(tx, nextVersion);
    });
  }

  async upsert(
    rows: ProjectedRow[],
    options: { unlessChangedSince?: Date } = {},
  ): Promise<number> {
    // The last of several rows for one entity is the newest.
    const byRef = new Map(rows.map(r => [r.ref, r]));
    if (byRef.size === 0) return 0;
    return this.locked(async (tx, nextVersion) => {
      const changed: ProjectedRow[] = [];
      for (const refs of chunks([...byRef.keys()])) {
        const stored = new Map(
          (
            await tx(ROWS)
              .select('entity_ref', 'entity', 'deleted', 'updated_at')
              .whereIn('entity_ref', refs)
          ).map(r => [r.entity_ref as string, r]),
        );
        for (const ref of refs) {
          const row = byRef.get(ref)!;
          const old = stored.get(ref);
          if (old && !old.deleted && old.entity === row.entity) continue;
          if (
            old &&
            options.unlessChangedSince &&
            new Date(iso(old.updated_at)) >= options.unlessChangedSince
          ) {
            continue;
          }
          changed.push(row);
        }
      }
      if (changed.length === 0) return 0;
      const version = await nextVersion();
      const now = new Date();
      for (const part of chunks(changed)) {
        await tx(ROWS)
          .insert(
            part.map(r => ({
              entity_ref: r.ref,
              kind: r.kind,
              entity: r.entity,
              version,
              deleted: false,
              updated_at: now,
            })),
          )
          .onConflict('entity_ref')
          .merge();
      }
      return changed.length;
    });
  }

  async deleteMissing(
    present: Set<string>,
    changedBefore: Date,
  ): Promise<number> {
    return this.locked(async (tx, nextVersion) => {
      const live = await tx(ROWS)
        .select('entity_ref', 'updated_at')
        .where({ deleted: false });
      const gone = live
        .filter(
          r =>
            !present.has(r.entity_ref) &&
            new Date(iso(r.updated_at)) < changedBefore,
        )
        .map(r => r.entity_ref as string);
      if (gone.length === 0) return 0;
      const version = await nextVersion();
      for (const refs of chunks(gone)) {
        await tx(ROWS)
          .whereIn('entity_ref', refs)
          .update({ deleted: true, version, updated_at: new Date() });
      }
      return gone.length;
    });
  }

  async changesSince(after: number, upTo: number): Promise<ProjectionChange[]> {
    const rows = await this.db(ROWS)
      .select('entity_ref', 'entity', 'deleted', 'version')
      .where('version', '>', after)
      .andWhere('version', '<=', upTo)
      .orderBy('version', 'asc');
    return rows.map(r => ({
      ref: r.entity_ref,
      version: Number(r.version),
      ...(r.deleted ? {} : { entity: r.entity }),
    }));
  }

  async countWrite(): Promise<void> {
    await this.db(STATE).where({ id: 1 }).increment('writes', 1);
  }

  async markReconciled(at: Date): Promise<void> {
    await this.db(STATE).where({ id: 1 }).update({ reconciled_at: at });
  }
}
