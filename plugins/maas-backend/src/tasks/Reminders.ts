import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { RemindersConfig } from '../config/readRemindersConfig';
import { MaasStore } from '../database/MaasStore';
import { ReminderStore } from '../database/ReminderStore';
import { decidedTerms } from '../domain/decisions';
import { dueReminders, Reminder, ReminderSettings } from '../domain/reminders';
import { CertificationService } from '../service/CertificationService';
import { PlatformReader } from '../service/PlatformReader';

export const REMINDERS_TASK_ID = 'maas-reminders';

export type RemindersSettings = RemindersConfig & ReminderSettings;

/** What one run did. */
export interface RemindersRun {
  sent: number;
  /** Due, but sent before (by this replica or another). */
  alreadySent: number;
  failed: number;
}

/** The subject's page in the app, where its owners act. */
function linkTo(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}`;
}

/**
 * Reminders through Backstage's notifications: decision deadlines at the configured offsets,
 * Data Act checks that will fail within the horizon, certifications about to expire. A scheduled
 * task runs them on one replica at a time (`scope: 'global'`); each reminder is recorded in the
 * database before it is sent, under a unique index on (kind, subject, term, offset), so it goes
 * out once however many replicas and runs there are. A send that fails is forgotten again and
 * retried by the next run.
 */
export class Reminders {
  constructor(
    private readonly deps: {
      platform: Pick<PlatformReader, 'load' | 'today'>;
      auth: AuthService;
      store: MaasStore;
      reminders: ReminderStore;
      certifications: CertificationService;
      notifications: NotificationService;
      logger: LoggerService;
      scheduler: SchedulerService;
      settings: RemindersSettings;
    },
  ) {}

  async schedule(): Promise<void> {
    if (!this.deps.settings.enabled) return;
    await this.deps.scheduler.scheduleTask({
      id: REMINDERS_TASK_ID,
      scope: 'global',
      ...this.deps.settings.schedule,
      fn: async () => {
        try {
          const run = await this.run();
          if (run.sent > 0 || run.failed > 0) {
            this.deps.logger.info(
              `MaaS reminders: ${run.sent} sent, ${run.failed} failed (retried next run)`,
            );
          }
        } catch (error) {
          this.deps.logger.error(
            'MaaS reminders failed; the next run tries again',
            error as Error,
          );
        }
      },
    });
  }

  /** The reminders due today: the whole platform, read with the plugin's own credentials. */
  async due(): Promise<Reminder[]> {
    const { platform, auth, store, certifications, settings } = this.deps;
    const loaded = await platform.load(await auth.getOwnServiceCredentials());
    const due = dueReminders({
      platform: loaded,
      today: platform.today(),
      now: new Date(),
      settings,
      decidedTerms: decidedTerms(await store.listDecisions()),
      certifications: await certifications.statusesOf(loaded),
    });
    return due.map(r => ({
      ...r,
      recipients: [...new Set([...r.recipients, ...settings.alsoNotify])],
    }));
  }

  /** Sends each reminder due that no one sent before. */
  async run(): Promise<RemindersRun> {
    const result: RemindersRun = { sent: 0, alreadySent: 0, failed: 0 };
    for (const reminder of await this.due()) {
      const claimed = await this.deps.reminders.claim(reminder, {
        dueOn: reminder.dueOn,
        recipients: reminder.recipients,
      });
      if (!claimed) {
        result.alreadySent += 1;
        continue;
      }
      try {
        await this.deps.notifications.send({
          recipients: { type: 'entity', entityRef: reminder.recipients },
          payload: {
            title: reminder.title,
            description: reminder.description,
            link: linkTo(reminder.subjectRef),
            severity: reminder.severity,
            topic: `maas-${reminder.kind}`,
            // One notification per subject and term in each inbox, renewed at each offset.
            scope: `maas:${reminder.kind}:${reminder.subjectRef}:${reminder.term}`,
          },
        });
        result.sent += 1;
      } catch (error) {
        await this.deps.reminders.release(reminder);
        result.failed += 1;
        this.deps.logger.warn(
          `MaaS reminder ${reminder.kind} for ${reminder.subjectRef} not sent; the next run retries`,
          error as Error,
        );
      }
    }
    return result;
  }
}
