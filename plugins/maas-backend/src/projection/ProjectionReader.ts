import { Entity } from '@backstage/catalog-model';
import { ProjectionState, ProjectionStore } from '../database/ProjectionStore';
import {
  buildPlatform,
  Organisation,
  organisationOf,
  Platform,
  refOf,
} from '../domain/platform';
import { viewedEntities } from '../domain/viewedEntities';

/** The projection as one replica holds it at a version. */
export interface ProjectionSnapshot {
  /** The projection's version: raised by every change to the projected entities. */
  version: number;
  /** The count of MaaS writes when it was read. */
  writes: number;
  /**
   * The platform of every projected entity, or of those whose refs are in `readable` (the
   * organisation stays the whole catalogue's, as relations do in the catalogue).
   */
  platform(readable?: { key: string; refs: ReadonlySet<string> }): Platform;
}

/** Platforms kept per version for callers who may read only some entities. */
const SCOPED_PLATFORMS = 8;

/**
 * One replica's copy of the projection, brought up to date from the database on each read by
 * loading only the rows changed since the version it holds. The database is the truth: a
 * replica that starts, or falls behind, catches up from it; nothing here is needed by another
 * replica. Platforms are built once per version (and readable set) and shared by every request.
 */
export class ProjectionReader {
  private readonly entities = new Map<string, Entity>();
  private version = 0;
  private loading: Promise<void> | undefined;
  private reading: Promise<ProjectionState> | undefined;
  private nextRead: Promise<ProjectionState> | undefined;
  private built:
    | {
        version: number;
        all?: Platform;
        organisation?: Organisation;
        sorted?: Entity[];
        scoped: Map<string, Platform>;
      }
    | undefined;

  constructor(private readonly store: ProjectionStore) {}

  /** The projection as the database holds it now. */
  async current(): Promise<ProjectionSnapshot> {
    const state = await this.state();
    await this.catchUp(state.version);
    return this.snapshot(Math.max(state.version, this.version), state.writes);
  }

  /**
   * The state row, read after this call began, so a write made before it is seen. Callers who
   * arrive while a read is running share the one read after it: fifty people opening four views
   * at once cost a few queries, not two hundred, and none gets a read begun before it asked.
   */
  private state(): Promise<ProjectionState> {
    if (!this.reading) return this.startRead();
    this.nextRead ??= this.reading
      .then(
        () => {},
        () => {},
      )
      .then(() => {
        this.nextRead = undefined;
        return this.startRead();
      });
    return this.nextRead;
  }

  private startRead(): Promise<ProjectionState> {
    const read = this.store.state().finally(() => {
      if (this.reading === read) this.reading = undefined;
    });
    this.reading = read;
    return read;
  }

  private async catchUp(target: number): Promise<void> {
    while (this.version < target) {
      if (!this.loading) {
        this.loading = this.load(target).finally(() => {
          this.loading = undefined;
        });
      }
      await this.loading;
    }
  }

  private async load(target: number): Promise<void> {
    const changes = await this.store.changesSince(this.version, target);
    for (const change of changes) {
      if (change.entity === undefined) this.entities.delete(change.ref);
      else this.entities.set(change.ref, JSON.parse(change.entity));
    }
    this.version = Math.max(this.version, target);
  }

  private snapshot(version: number, writes: number): ProjectionSnapshot {
    return {
      version,
      writes,
      platform: readable => {
        if (!this.built || this.built.version !== this.version) {
          this.built = { version: this.version, scoped: new Map() };
        }
        const built = this.built;
        if (!readable) {
          built.all ??= buildPlatform(this.sorted(), this.organisation());
          return built.all;
        }
        let platform = built.scoped.get(readable.key);
        if (!platform) {
          platform = buildPlatform(
            this.sorted().filter(e => readable.refs.has(refOf(e))),
            this.organisation(),
          );
          if (built.scoped.size >= SCOPED_PLATFORMS) {
            built.scoped.delete(built.scoped.keys().next().value!);
          }
          built.scoped.set(readable.key, platform);
        }
        return platform;
      },
    };
  }

  /** Every entity the views read, by ref: the same order on every replica. */
  private sorted(): Entity[] {
    const built = this.built!;
    built.sorted ??= viewedEntities(
      [...this.entities.keys()].sort().map(ref => this.entities.get(ref)!),
    );
    return built.sorted;
  }

  private organisation(): Organisation {
    const built = this.built!;
    built.organisation ??= organisationOf(this.entities.values());
    return built.organisation;
  }
}
