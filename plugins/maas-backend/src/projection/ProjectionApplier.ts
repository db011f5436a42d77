import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { EventParams, EventsService } from '@backstage/plugin-events-node';
import {
  isProjectedEntity,
  MAAS_ENTITIES_TOPIC,
  ProjectedEntitiesEvent,
} from '@maas/plugin-maas-common';
import { ProjectionStore } from '../database/ProjectionStore';
import { rowOf } from './rows';

/**
 * Applies the catalogue module's `maas.entities` events to the projection: each entity that
 * differs from the stored one is written at a new version, which every replica's reader then
 * loads. Events are applied one at a time, in the order they arrive. One that cannot be applied
 * is logged; the reconciliation against the catalogue catches up.
 */
export class ProjectionApplier {
  private applying: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: { store: ProjectionStore; logger: LoggerService },
  ) {}

  async subscribe(events: EventsService): Promise<void> {
    await events.subscribe({
      id: 'maas-projection',
      topics: [MAAS_ENTITIES_TOPIC],
      onEvent: params => this.onEvent(params),
    });
  }

  onEvent(params: EventParams): Promise<void> {
    const payload = params.eventPayload as Partial<ProjectedEntitiesEvent>;
    const entities = (
      Array.isArray(payload?.entities) ? payload.entities : []
    ).filter(
      (e): e is Entity =>
        Boolean(e && typeof e === 'object' && e.metadata?.name) &&
        isProjectedEntity(e),
    );
    const done = this.applying.then(() => this.apply(entities));
    this.applying = done;
    return done;
  }

  private async apply(entities: Entity[]): Promise<void> {
    if (entities.length === 0) return;
    try {
      await this.deps.store.upsert(entities.map(rowOf));
    } catch (error) {
      this.deps.logger.warn(
        `Could not apply ${entities.length} catalogue entities to the MaaS projection; the reconciliation will catch up: ${error}`,
      );
    }
  }
}
