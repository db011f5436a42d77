import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AudienceCertification,
  AudienceEntity,
  audienceReferenceFields,
  CertificationRole,
  certificationRoles,
  certificationSubject,
  ConsentSource,
  isAudienceEntity,
  isDataProductEntity,
  resolveReferences,
} from '@maas/plugin-maas-common';
import { CertificationStore } from '../database/CertificationStore';
import {
  certificationOf,
  certifyRefusal,
  fingerprintOf,
  KeyGroups,
  StoredCertificationEvent,
} from '../domain/certification';
import { Platform } from '../domain/platform';
import { Memberships } from './Memberships';

export interface CertificationSettings {
  validDays: number;
  trustCatalogue: boolean;
}

/** An audience and its sources, as the catalogue holds them. */
export interface AudienceWithSources {
  audience: AudienceEntity;
  sources: ConsentSource[];
}

type Status = Omit<AudienceCertification, 'canCertify'>;

/** What is kept per audience entity: its key groups and subject, and its latest status. */
interface Kept {
  sources: ConsentSource[];
  groups: KeyGroups;
  subject: ReturnType<typeof certificationSubject>;
  fingerprint: string;
  status?: {
    status: Status;
    history: string;
    computedAt: number;
    validUntil: number;
  };
}

/** An audience's history as far as a status depends on it: events are appended, never changed. */
function historyKey(events: readonly StoredCertificationEvent[]): string {
  const last = events[events.length - 1];
  return last ? `${events.length} ${last.at} ${last.fingerprint}` : '0';
}

/** Until when a status holds: the first expiry of a key that is valid now, if any. */
function validUntil(status: Status, now: Date): number {
  let until = Infinity;
  for (const key of Object.values(status.keys)) {
    if (!key?.current) continue;
    const expires = Date.parse(key.expiresAt);
    if (expires > now.getTime()) until = Math.min(until, expires);
  }
  return until;
}

function keyGroups(audience: AudienceEntity): KeyGroups {
  const refs = resolveReferences(audience, audienceReferenceFields);
  const group = (field: string) => {
    const found = refs.find(r => r.field.field === field);
    return found
      ? stringifyEntityRef(found.target).toLocaleLowerCase('en-US')
      : undefined;
  };
  return { marketing: group('owner'), it: group('technicalOwner') };
}

/**
 * Two-key certification of audiences: the keys turned and withdrawn, and where each audience's
 * certification stands against the catalogue as it is now. The catalogue is read with the
 * plugin's own credentials: a certification is the same whoever looks.
 */
export class CertificationService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      store: CertificationStore;
      memberships: Memberships;
      settings: CertificationSettings;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** The audience and its source data products now; undefined when it is not an audience. */
  async readAudience(ref: string): Promise<AudienceWithSources | undefined> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const audience = await this.deps.catalog.getEntityByRef(ref, {
      credentials,
    });
    if (!audience || !isAudienceEntity(audience)) return undefined;
    const refs = resolveReferences(audience, audienceReferenceFields)
      .filter(r => r.field.field === 'sourceDataProducts')
      .map(r => stringifyEntityRef(r.target));
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials },
    );
    return {
      audience,
      sources: refs.map((sourceRef, i) => {
        const item = items[i];
        return item && isDataProductEntity(item)
          ? { ref: sourceRef, dataProduct: item }
          : { ref: sourceRef };
      }),
    };
  }

  /**
   * The key groups and the subject of an audience with these sources: kept per audience entity
   * while its sources are the same entities (the projection keeps an unchanged entity as the
   * same object), so reports over every audience do not fingerprint them all again each time.
   */
  private subjectOf({ audience, sources }: AudienceWithSources): Kept {
    const kept = this.kept.get(audience);
    if (
      kept &&
      kept.sources.length === sources.length &&
      kept.sources.every(
        (s, i) =>
          s.ref === sources[i].ref && s.dataProduct === sources[i].dataProduct,
      )
    ) {
      return kept;
    }
    const subject = certificationSubject(audience, sources);
    const made: Kept = {
      sources: [...sources],
      groups: keyGroups(audience),
      subject,
      fingerprint: fingerprintOf(subject),
    };
    this.kept.set(audience, made);
    return made;
  }

  private readonly kept = new WeakMap<AudienceEntity, Kept>();

  /**
   * Where a certification stands, from the audience, its sources and its recorded keys. The
   * status is kept with the subject: keys are only ever added, so the same count of events is
   * the same history, and time changes a status only when a valid key expires.
   */
  statusFrom(
    read: AudienceWithSources,
    events: readonly StoredCertificationEvent[],
  ): Status {
    const kept = this.subjectOf(read);
    const now = this.now();
    const history = historyKey(events);
    const last = kept.status;
    if (
      last &&
      last.history === history &&
      now.getTime() < last.validUntil &&
      now.getTime() >= last.computedAt
    ) {
      return last.status;
    }
    const { audience } = read;
    const status = certificationOf({
      audienceRef: stringifyEntityRef(audience),
      groups: kept.groups,
      requested: audience.spec.certified === true,
      subject: kept.subject,
      fingerprint: kept.fingerprint,
      events,
      now,
      validDays: this.deps.settings.validDays,
      trustCatalogue: this.deps.settings.trustCatalogue,
    });
    kept.status = {
      status,
      history,
      computedAt: now.getTime(),
      validUntil: validUntil(status, now),
    };
    return status;
  }

  async statusOf(read: AudienceWithSources): Promise<Status> {
    return this.statusFrom(
      read,
      await this.deps.store.history(stringifyEntityRef(read.audience)),
    );
  }

  /** Every audience's recorded keys, for reports over many audiences. */
  allEvents(): Promise<Map<string, StoredCertificationEvent[]>> {
    return this.deps.store.all();
  }

  /** Each audience's certification by ref, against the platform as loaded. */
  async statusesOf(platform: Platform): Promise<Map<string, Status>> {
    const events = await this.allEvents();
    return new Map(
      platform.audiences.map(audience => {
        const ref = stringifyEntityRef(audience);
        const sources = platform
          .sourcesOf(audience)
          .map(s => ({ ref: s.ref, dataProduct: s.dataProduct }));
        return [
          ref,
          this.statusFrom({ audience, sources }, events.get(ref) ?? []),
        ];
      }),
    );
  }

  /** An audience's certification, with the keys the caller may turn. */
  async get(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<AudienceCertification> {
    const { status, caller, groups } = await this.situation(ref, credentials);
    return {
      ...status,
      canCertify: certificationRoles.filter(
        role =>
          !certifyRefusal({
            role,
            groups,
            ownership: caller.ownership,
            actor: caller.userEntityRef,
            certification: status,
          }),
      ),
    };
  }

  /** The audience now, its certification, the caller's memberships and the key groups. */
  private async situation(ref: string, credentials: BackstageCredentials) {
    const read = await this.readAudience(ref);
    if (!read) throw new NotFoundError(`No audience ${ref} in the catalogue`);
    return {
      read,
      status: await this.statusOf(read),
      caller: await this.deps.memberships.of(credentials),
      groups: keyGroups(read.audience),
    };
  }

  /** Records a key turned or withdrawn on the audience as it is now. */
  private async recordKey(
    read: AudienceWithSources,
    event: Pick<
      StoredCertificationEvent,
      'role' | 'action' | 'actor' | 'group'
    >,
  ) {
    const subject = certificationSubject(read.audience, read.sources);
    await this.deps.store.record({
      ...event,
      audienceRef: stringifyEntityRef(read.audience),
      fingerprint: fingerprintOf(subject),
      subject: JSON.stringify(subject),
    });
  }

  /**
   * Turns the caller's key on the audience as it is now: 403 unless they are a member of the
   * key's group, 409 when they turned the other key.
   */
  async certify(
    ref: string,
    role: CertificationRole,
    credentials: BackstageCredentials,
  ): Promise<AudienceCertification> {
    const { read, status, caller, groups } = await this.situation(
      ref,
      credentials,
    );
    const refusal = certifyRefusal({
      role,
      groups,
      ownership: caller.ownership,
      actor: caller.userEntityRef,
      certification: status,
    });
    if (refusal?.reason === 'same-person') {
      throw new ConflictError(refusal.message);
    } else if (refusal) {
      throw new NotAllowedError(refusal.message);
    }
    await this.recordKey(read, {
      role,
      action: 'certified',
      actor: caller.userEntityRef,
      group: groups[role]!,
    });
    return this.get(ref, credentials);
  }

  /** Withdraws a key: a member of the key's group may, whoever turned it. */
  async withdraw(
    ref: string,
    role: CertificationRole,
    credentials: BackstageCredentials,
  ): Promise<AudienceCertification> {
    const { read, status, caller, groups } = await this.situation(
      ref,
      credentials,
    );
    const group = groups[role];
    if (!group || !caller.ownership.has(group)) {
      throw new NotAllowedError(
        `Only members of ${
          group ?? 'the group holding it'
        } may withdraw the ${role} key of ${ref}`,
      );
    }
    if (!status.keys[role]) {
      throw new NotFoundError(`${ref} has no ${role} key to withdraw`);
    }
    await this.recordKey(read, {
      role,
      action: 'withdrawn',
      actor: caller.userEntityRef,
      group,
    });
    return this.get(ref, credentials);
  }
}
