import { Snapshot, SnapshotData } from '@maas/plugin-maas-common';

/** Daily snapshots (one per period, whoever writes first) and when entities were first seen. */
export interface SnapshotStore {
  /** The latest period stored, if any. */
  latestPeriod(): Promise<string | undefined>;
  hasPeriod(period: string): Promise<boolean>;
  /**
   * Stores the period's snapshot unless one exists (or replaces it with `replace`); true when
   * this call stored it.
   */
  saveSnapshot(
    period: string,
    data: SnapshotData,
    options?: { replace?: boolean },
  ): Promise<boolean>;
  /** The snapshots of the periods from `from` to `to`, both included, oldest first. */
  listSnapshots(from: string, to: string): Promise<Snapshot[]>;
  /** Records the first time each entity was seen; an entity already recorded keeps its date. */
  recordFirstSeen(refs: string[], at: Date): Promise<void>;
  /** When each entity was first seen, by ref. */
  firstSeen(): Promise<Map<string, string>>;
}
