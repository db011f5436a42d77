import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DateTime } from 'luxon';
import { Platform } from '../domain/platform';
import { ProjectionReader } from '../projection/ProjectionReader';
import { ReadScopes } from '../projection/ReadScopes';

/** The current day, ISO; injected so tests and "as of" views can move it. */
export type Clock = () => string;

export const systemClock: Clock = () => DateTime.utc().toISODate()!;

/**
 * The one place that knows where the platform's entities come from, and what day it is. They
 * come from maas-backend's projection of the catalogue (kept in its database, shared by every
 * replica), filtered by what the caller may read in the catalogue. Each call reads the
 * projection as it is then: a view computed after its key was taken is never older than the key.
 */
export class PlatformReader {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      projection: ProjectionReader;
      scopes: ReadScopes;
      clock?: Clock;
    },
  ) {}

  today(): string {
    return (this.deps.clock ?? systemClock)();
  }

  private async read(credentials: BackstageCredentials) {
    const [snapshot, scope] = await Promise.all([
      this.deps.projection.current(),
      this.deps.scopes.of(credentials),
    ]);
    return { snapshot, scope };
  }

  /**
   * What the views computed for this caller now depend on: the projection's version, the count
   * of MaaS writes, what the caller may read, and the day. Callers with the same key get the
   * same views.
   */
  async viewKey(credentials: BackstageCredentials): Promise<string> {
    const { snapshot, scope } = await this.read(credentials);
    return `${snapshot.version}:${snapshot.writes}:${
      scope.key
    }:${this.today()}`;
  }

  /** The MaaS entities, the organisation and the templates, as the caller may read them. */
  async load(credentials: BackstageCredentials): Promise<Platform> {
    const { snapshot, scope } = await this.read(credentials);
    return snapshot.platform(scope.all ? undefined : scope);
  }

  /** One entity, as the caller may read it in the catalogue; undefined when there is none. */
  async entity(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    return this.deps.catalog.getEntityByRef(ref, { credentials });
  }
}
