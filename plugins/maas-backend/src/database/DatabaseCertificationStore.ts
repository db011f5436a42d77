import {
  CertificationEvent,
  CertificationRole,
} from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import {
  CertificationStore,
  StoredCertificationEvent,
} from './CertificationStore';
import { iso } from './iso';

const TABLE = 'maas_certification_events';

type Row = {
  id: number;
  audience_ref: string;
  role: CertificationRole;
  action: CertificationEvent['action'];
  fingerprint: string;
  subject: string;
  actor: string;
  via_group: string;
  at: unknown;
};

function toEvent(row: Row): StoredCertificationEvent {
  return {
    audienceRef: row.audience_ref,
    role: row.role,
    action: row.action,
    fingerprint: row.fingerprint,
    subject: row.subject,
    actor: row.actor,
    group: row.via_group,
    at: iso(row.at),
  };
}

/** {@link CertificationStore} in the plugin's database. */
export class DatabaseCertificationStore implements CertificationStore {
  constructor(private readonly db: Knex) {}

  async record(
    event: Omit<StoredCertificationEvent, 'at'>,
  ): Promise<StoredCertificationEvent> {
    const at = new Date();
    await this.db(TABLE).insert({
      audience_ref: event.audienceRef,
      role: event.role,
      action: event.action,
      fingerprint: event.fingerprint,
      subject: event.subject,
      actor: event.actor,
      via_group: event.group,
      at,
    });
    return { ...event, at: at.toISOString() };
  }

  async history(audienceRef: string): Promise<StoredCertificationEvent[]> {
    const rows = await this.db<Row>(TABLE)
      .where({ audience_ref: audienceRef })
      .orderBy('id', 'asc');
    return rows.map(toEvent);
  }

  async all(): Promise<Map<string, StoredCertificationEvent[]>> {
    const rows = await this.db<Row>(TABLE).orderBy('id', 'asc');
    const byAudience = new Map<string, StoredCertificationEvent[]>();
    for (const row of rows) {
      const events = byAudience.get(row.audience_ref) ?? [];
      events.push(toEvent(row));
      byAudience.set(row.audience_ref, events);
    }
    return byAudience;
  }
}
