import { createHash } from 'node:crypto';
import {
  AudienceCertification,
  CertificationEvent,
  CertificationKey,
  CertificationRole,
  CertificationSubject,
  certificationChanges,
  certificationRoles,
} from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { stableJson } from './stableJson';

/** A key turned or withdrawn, with the subject it was turned on (as JSON). */
export interface StoredCertificationEvent extends CertificationEvent {
  audienceRef: string;
  subject: string;
}

/** The fingerprint both keys are turned on: SHA-256 of the subject's canonical JSON. */
export function fingerprintOf(subject: CertificationSubject): string {
  return createHash('sha256').update(stableJson(subject)).digest('hex');
}

const roleNames: Record<CertificationRole, string> = {
  marketing: 'marketing',
  it: 'IT',
};
const roleGroups: Record<CertificationRole, string> = {
  marketing: 'owner',
  it: 'technicalOwner',
};

/** The groups whose members hold each key: the audience's owner and technicalOwner. */
export type KeyGroups = Record<CertificationRole, string | undefined>;

export interface CertificationInputs {
  audienceRef: string;
  groups: KeyGroups;
  /** `spec.certified: true`. */
  requested: boolean;
  subject: CertificationSubject;
  /** The subject's fingerprint, when the caller has it already. */
  fingerprint?: string;
  /** The audience's events, oldest first. */
  events: readonly StoredCertificationEvent[];
  now: Date;
  validDays: number;
  /** Read `spec.certified: true` as granted (`maas.certification.trustCatalogue`). */
  trustCatalogue: boolean;
}

type KeyState = 'valid' | 'voided' | 'expired' | 'missing';

function day(at: string): string {
  return at.slice(0, 10);
}

/** The latest key of each role, unless it was withdrawn since. */
export function latestKeys(
  events: readonly StoredCertificationEvent[],
): Partial<Record<CertificationRole, StoredCertificationEvent>> {
  const latest: Partial<Record<CertificationRole, StoredCertificationEvent>> =
    {};
  for (const event of events) {
    if (event.action === 'certified') latest[event.role] = event;
    else delete latest[event.role];
  }
  return latest;
}

/**
 * Where an audience's certification stands: each key is valid while it was turned on the
 * audience's current fingerprint less than `validDays` ago; the audience is certified while both
 * are, until the older one expires. A key turned on another fingerprint was voided by a change,
 * and the reasons say which.
 */
export function certificationOf(
  inputs: CertificationInputs,
): Omit<AudienceCertification, 'canCertify'> {
  const fingerprint = inputs.fingerprint ?? fingerprintOf(inputs.subject);
  const latest = latestKeys(inputs.events);
  const keys: AudienceCertification['keys'] = {};
  const states = {} as Record<CertificationRole, KeyState>;
  const reasons: string[] = [];
  const expiries: string[] = [];
  for (const role of certificationRoles) {
    const event = latest[role];
    const name = roleNames[role];
    if (!event) {
      states[role] = 'missing';
      reasons.push(
        inputs.groups[role]
          ? `the ${name} key (a member of ${inputs.groups[role]}) is missing`
          : `the ${name} key is missing, and it has no ${roleGroups[role]} to give it`,
      );
      continue;
    }
    const expiresAt = DateTime.fromISO(event.at, { zone: 'utc' })
      .plus({ days: inputs.validDays })
      .toJSDate();
    const key: CertificationKey = {
      role,
      certifiedBy: event.actor,
      group: event.group,
      certifiedAt: event.at,
      expiresAt: expiresAt.toISOString(),
      current: event.fingerprint === fingerprint,
    };
    keys[role] = key;
    const given = `the ${name} key given by ${event.actor} on ${day(event.at)}`;
    if (!key.current) {
      states[role] = 'voided';
      const changes = certificationChanges(
        JSON.parse(event.subject) as CertificationSubject,
        inputs.subject,
      );
      reasons.push(
        `${given} was voided by a change to ${
          changes.length ? changes.join(', ') : 'the audience'
        }`,
      );
    } else if (expiresAt <= inputs.now) {
      states[role] = 'expired';
      reasons.push(`${given} expired on ${day(key.expiresAt)}`);
    } else {
      states[role] = 'valid';
      expiries.push(key.expiresAt);
    }
  }
  const history = inputs.events.map(
    ({ role, action, actor, group, fingerprint: f, at }) => ({
      role,
      action,
      actor,
      group,
      fingerprint: f,
      at,
    }),
  );
  const base = {
    audienceRef: inputs.audienceRef,
    requested: inputs.requested,
    fingerprint,
    keys,
    history,
  };
  if (inputs.trustCatalogue && inputs.requested) {
    return { ...base, state: 'trusted', certified: true, reasons: [] };
  }
  const all = Object.values(states);
  if (all.every(s => s === 'valid')) {
    return {
      ...base,
      state: 'certified',
      certified: true,
      expiresAt: expiries.sort()[0],
      reasons: [],
    };
  }
  let state: AudienceCertification['state'] = 'uncertified';
  if (all.includes('voided')) state = 'voided';
  else if (all.includes('expired')) state = 'expired';
  else if (all.includes('valid')) state = 'incomplete';
  return { ...base, state, certified: false, reasons };
}

/**
 * Why this caller may not turn this key, or undefined when they may: they must be a member of
 * the key's group, and the other key must not be theirs (two keys, two people).
 */
export function certifyRefusal(input: {
  role: CertificationRole;
  groups: KeyGroups;
  ownership: ReadonlySet<string>;
  actor: string;
  certification: Pick<AudienceCertification, 'keys'>;
}): { reason: 'not-member' | 'same-person'; message: string } | undefined {
  const { role, groups, ownership, actor, certification } = input;
  const group = groups[role];
  const name = roleNames[role];
  if (!group || !ownership.has(group)) {
    return {
      reason: 'not-member',
      message: group
        ? `The ${name} key of this audience is held by the members of ${group}, and ${actor} is not one`
        : `This audience has no ${roleGroups[role]}, so nobody holds its ${name} key`,
    };
  }
  const other = certification.keys[role === 'marketing' ? 'it' : 'marketing'];
  if (other?.current && other.certifiedBy === actor) {
    return {
      reason: 'same-person',
      message: `${actor} turned the ${
        roleNames[other.role]
      } key of this audience; the ${name} key needs another person`,
    };
  }
  return undefined;
}
