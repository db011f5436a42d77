import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { maasKinds } from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { buildPlatform, Platform } from '../domain/platform';

/** The current day, ISO; injected so tests and "as of" views can move it. */
export type Clock = () => string;

export const systemClock: Clock = () => DateTime.utc().toISODate()!;

/**
 * The one place that knows where the platform's entities come from, and what day it is. Today
 * the entities are read from the catalogue on each request, with the caller's credentials, so
 * the catalogue's permissions apply.
 */
export class PlatformReader {
  constructor(
    private readonly deps: { catalog: CatalogService; clock?: Clock },
  ) {}

  today(): string {
    return (this.deps.clock ?? systemClock)();
  }

  /** The MaaS entities, the organisation and the templates, as the caller may read them. */
  async load(credentials: BackstageCredentials): Promise<Platform> {
    const entities: Entity[] = [];
    for await (const page of this.deps.catalog.streamEntities(
      {
        filter: [
          { kind: [...maasKinds] },
          { kind: ['Group', 'User', 'Template'] },
        ],
        pageSize: 1000,
        // Counting every matching entity costs the catalogue a query the reports never read.
        totalItems: 'exclude',
      },
      { credentials },
    )) {
      entities.push(...page);
    }
    return buildPlatform(entities);
  }

  /** One entity, as the caller may read it; undefined when there is none. */
  async entity(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    return this.deps.catalog.getEntityByRef(ref, { credentials });
  }
}
