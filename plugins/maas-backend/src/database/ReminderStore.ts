import { ReminderKey } from '../domain/reminders';

/** A reminder as recorded when it was sent. */
export interface SentReminder extends ReminderKey {
  dueOn: string;
  recipients: string[];
  sentAt: string;
}

export interface ReminderStore {
  /**
   * Records a reminder as sent, unless it was already: true when this call recorded it. Whoever
   * records it sends it, so two replicas never both do (a unique index decides).
   */
  claim(
    key: ReminderKey,
    details: { dueOn: string; recipients: string[] },
  ): Promise<boolean>;
  /** Forgets a claim whose sending failed, so that a later run sends it. */
  release(key: ReminderKey): Promise<void>;
  /** Every reminder recorded, oldest first. */
  list(): Promise<SentReminder[]>;
}
