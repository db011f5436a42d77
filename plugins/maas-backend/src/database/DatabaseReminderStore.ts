import { Knex } from 'knex';
import { ReminderKey, ReminderKind } from '../domain/reminders';
import { iso } from './iso';
import { isUniqueViolation } from './isUniqueViolation';
import { ReminderStore, SentReminder } from './ReminderStore';

const TABLE = 'maas_reminders';

const columns = (key: ReminderKey) => ({
  kind: key.kind,
  subject_ref: key.subjectRef,
  term: key.term,
  offset_days: key.offsetDays,
});

/** {@link ReminderStore} in the plugin's database. */
export class DatabaseReminderStore implements ReminderStore {
  constructor(private readonly db: Knex) {}

  async claim(
    key: ReminderKey,
    details: { dueOn: string; recipients: string[] },
  ): Promise<boolean> {
    try {
      await this.db(TABLE).insert({
        ...columns(key),
        due_on: details.dueOn,
        recipients: JSON.stringify(details.recipients),
        sent_at: new Date(),
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async release(key: ReminderKey): Promise<void> {
    await this.db(TABLE).where(columns(key)).delete();
  }

  async list(): Promise<SentReminder[]> {
    const rows = await this.db(TABLE).orderBy('id', 'asc');
    return rows.map(r => ({
      kind: r.kind as ReminderKind,
      subjectRef: r.subject_ref,
      term: r.term,
      offsetDays: Number(r.offset_days),
      dueOn: r.due_on,
      recipients: JSON.parse(r.recipients),
      sentAt: iso(r.sent_at),
    }));
  }
}
