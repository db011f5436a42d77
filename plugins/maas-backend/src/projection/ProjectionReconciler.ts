import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { projectedEntitiesFilter } from '@maas/plugin-maas-common';
import { ProjectedRow, ProjectionStore } from '../database/ProjectionStore';
import { rowOf } from './rows';

export const RECONCILE_TASK_ID = 'maas-projection-reconcile';

/**
 * Brings the projection in line with the catalogue: reads every projected entity with the
 * plugin's own credentials, writes those the events missed or got wrong, and marks deleted
 * those the catalogue no longer holds. An entity changed by an event within `graceSeconds` is
 * left alone (the catalogue serves a processed entity a moment after the event), so the
 * reconciliation never undoes a newer edit with an older read.
 */
export class ProjectionReconciler {
  constructor(
    private readonly deps: {
      store: ProjectionStore;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      settings: { reconcileSeconds: number; graceSeconds: number };
    },
  ) {}

  /** Runs every `reconcileSeconds` on one replica at a time, the first time 5 s after start-up. */
  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: RECONCILE_TASK_ID,
      scope: 'global',
      frequency: { seconds: this.deps.settings.reconcileSeconds },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 5 },
      fn: async () => {
        try {
          await this.reconcile();
        } catch (error) {
          this.deps.logger.warn(
            `MaaS projection reconciliation failed; the next run will retry: ${error}`,
          );
        }
      },
    });
  }

  /** One reconciliation; returns how many entities it wrote and marked deleted. */
  async reconcile(): Promise<{ written: number; deleted: number }> {
    const { store, catalog, auth, settings } = this.deps;
    const started = Date.now();
    const rows: ProjectedRow[] = [];
    for await (const page of catalog.streamEntities(
      { filter: projectedEntitiesFilter, pageSize: 1000 },
      { credentials: await auth.getOwnServiceCredentials() },
    )) {
      for (const entity of page) rows.push(rowOf(entity));
    }
    const cutoff = new Date(started - settings.graceSeconds * 1000);
    const written = await store.upsert(rows, { unlessChangedSince: cutoff });
    const deleted = await store.deleteMissing(
      new Set(rows.map(r => r.ref)),
      cutoff,
    );
    await store.markReconciled(new Date());
    if (written > 0 || deleted > 0) {
      this.deps.logger.info(
        `MaaS projection reconciled with the catalogue: ${written} written, ${deleted} deleted`,
      );
    }
    return { written, deleted };
  }
}
