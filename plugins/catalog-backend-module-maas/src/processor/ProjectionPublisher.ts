import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  isProjectedEntity,
  MAAS_ENTITIES_TOPIC,
  ProjectedEntitiesEvent,
  projectedEntityOf,
} from '@maas/plugin-maas-common';

/** Entities in one event at most. */
export const BATCH_SIZE = 200;
/** How long an entity waits for others to share its event. */
export const BATCH_WAIT_MS = 20;

/**
 * Publishes each entity maas-backend projects (MaaS kinds, groups, users, templates, and in outline
 * the components, resources, APIs and systems a glossary term may name) on the
 * events service topic `maas.entities` once the catalogue has processed it, so maas-backend's
 * projection follows edits within moments instead of reading the whole catalogue per view.
 * Entities go out in batches (up to 200, or after 20 ms), one event at a time in the order they
 * were processed; processing never waits for them. An event that fails is logged and dropped:
 * maas-backend's reconciliation against the catalogue catches what the events missed.
 */
export class ProjectionPublisher implements CatalogProcessor {
  private pending: Entity[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: { events: EventsService; logger: LoggerService },
  ) {}

  getProcessorName(): string {
    return 'MaasProjectionPublisher';
  }

  async postProcessEntity(entity: Entity): Promise<Entity> {
    if (isProjectedEntity(entity)) this.add(projectedEntityOf(entity));
    return entity;
  }

  private add(entity: Entity) {
    this.pending.push(entity);
    if (this.pending.length >= BATCH_SIZE) {
      this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), BATCH_WAIT_MS);
    }
  }

  /** Sends what is waiting; resolves when every event handed over so far has been sent. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const entities = this.pending;
    this.pending = [];
    if (entities.length > 0) {
      const payload: ProjectedEntitiesEvent = { entities };
      this.sending = this.sending.then(() =>
        this.deps.events
          .publish({ topic: MAAS_ENTITIES_TOPIC, eventPayload: payload })
          .catch(error =>
            this.deps.logger.warn(
              `Could not publish ${entities.length} entities on ${MAAS_ENTITIES_TOPIC}; maas-backend's reconciliation will catch up: ${error}`,
            ),
          ),
      );
    }
    return this.sending;
  }
}
