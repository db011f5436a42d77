/** An entity as the projection stores it. */
export interface ProjectedRow {
  /** The entity ref, lower-cased as the catalogue writes refs. */
  ref: string;
  kind: string;
  /** The projected entity as JSON with sorted keys: equal text, equal entity. */
  entity: string;
}

/** What a reader applies to catch up: a row that changed, or went, after a version. */
export interface ProjectionChange {
  ref: string;
  /** The entity's JSON; absent when it was deleted. */
  entity?: string;
  version: number;
}

/** The counters views are keyed by. */
export interface ProjectionState {
  /** Raised by every change to the projected entities. */
  version: number;
  /** Raised by every MaaS write (decision, plan, measurement, campaign, certification). */
  writes: number;
  /** When a reconciliation against the catalogue last finished, ISO; absent before the first. */
  reconciledAt?: string;
}

/**
 * maas-backend's projection of the catalogue entities its views read, shared by every replica
 * through the database. Each change is written at a new version, so a reader catches up by
 * reading only the rows above the version it holds.
 */
export interface ProjectionStore {
  state(): Promise<ProjectionState>;
  /**
   * Stores the rows that differ from the stored ones (or are new, or were deleted) at one new
   * version, and returns how many. With `unlessChangedSince`, a stored row changed at or after
   * that time is left as it is: it is newer than what the caller read.
   */
  upsert(
    rows: ProjectedRow[],
    options?: { unlessChangedSince?: Date },
  ): Promise<number>;
  /**
   * Marks deleted, at one new version, every stored entity not in `present` that last changed
   * before `changedBefore`; returns how many.
   */
  deleteMissing(present: Set<string>, changedBefore: Date): Promise<number>;
  /** The changes above `after`, up to and including `upTo`, oldest first. */
  changesSince(after: number, upTo: number): Promise<ProjectionChange[]>;
  /** Counts a MaaS write, so views cached before it are not served after it. */
  countWrite(): Promise<void>;
  markReconciled(at: Date): Promise<void>;
}
