import {
  coreServices,
  createBackendModule,
  createServiceFactory,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { startMaasTestBackend } from '@internal/maas-test-utils';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { defaultReminderOffsetsDays } from '../config/readRemindersConfig';
import { connectDatabase } from '../database/connectDatabase';
import { DatabaseMaasStore } from '../database/DatabaseMaasStore';
import { DatabaseReminderStore } from '../database/DatabaseReminderStore';
import { maasPlugin } from '../plugin';
import { CertificationService } from '../service/CertificationService';
import { buildPlatform } from '../domain/platform';
import { vendorEntity } from '../__testUtils__/entities';
import { replicaDatabase } from '../__testUtils__/replicaDatabase';
import { Reminders, REMINDERS_TASK_ID } from './Reminders';

jest.setTimeout(240_000);

/** A vendor whose decision deadline is `daysLeft` days from today (term end − 30 days' notice). */
const dueIn = (name: string, daysLeft: number) =>
  vendorEntity(name, {
    contract: {
      end: DateTime.utc()
        .plus({ days: daysLeft + 30 })
        .toISODate()!,
      noticeDays: 30,
    },
  });
const termOf = (daysLeft: number) =>
  DateTime.utc()
    .plus({ days: daysLeft + 30 })
    .toISODate()!;

/** Notifications sent by every backend of a test, in order. */
function recordingNotifications() {
  const sent: NotificationSendOptions[] = [];
  const factory = createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({
      send: async (options: NotificationSendOptions) => {
        sent.push(options);
      },
    }),
  });
  return { sent, factory };
}

/** A sender on its own, over a catalogue of `entities`, like one replica's task. */
function reminderSender(
  db: Knex,
  entities: ReturnType<typeof vendorEntity>[],
  send: (options: NotificationSendOptions) => Promise<void>,
  alsoNotify: string[] = [],
) {
  return new Reminders({
    platform: {
      load: async () => buildPlatform(entities),
      today: () => DateTime.utc().toISODate()!,
    },
    auth: mockServices.auth(),
    store: new DatabaseMaasStore(db),
    reminders: new DatabaseReminderStore(db),
    certifications: {
      statusesOf: async () => new Map(),
    } as unknown as CertificationService,
    notifications: { send },
    logger: mockServices.logger.mock(),
    scheduler: mockServices.scheduler.mock(),
    settings: {
      enabled: true,
      offsetsDays: defaultReminderOffsetsDays,
      alsoNotify,
      schedule: { frequency: { hours: 1 }, timeout: { minutes: 1 } },
      horizonDays: 120,
    },
  });
}

describe('reminders racing on one database', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'are sent once when two senders run at the same moment, on %s',
    async databaseId => {
      const db = await connectDatabase({
        getClient: async () => databases.init(databaseId),
      });
      const notifications = recordingNotifications();
      const sender = () =>
        reminderSender(
          db,
          [dueIn('braze', 120), dueIn('hotjar', 45)],
          async options => {
            notifications.sent.push(options);
          },
          ['group:default/marketing-ops'],
        );
      const runs = await Promise.all([sender().run(), sender().run()]);
      // Each reminder went out once, whichever sender claimed it first.
      const total = (key: 'sent' | 'alreadySent') =>
        runs.reduce((sum, r) => sum + r[key], 0);
      expect([total('sent'), total('alreadySent')]).toEqual([2, 2]);
      expect(
        notifications.sent
          .map(n => [
            n.payload.title,
            (n.recipients as { entityRef: string[] }).entityRef,
          ])
          .sort(),
      ).toEqual([
        [
          'Decision due in 120 days for BRAZE',
          [
            'group:default/procurement',
            'group:default/martech-it',
            'group:default/marketing-ops',
          ],
        ],
        [
          'Decision due in 45 days for HOTJAR',
          [
            'group:default/procurement',
            'group:default/martech-it',
            'group:default/marketing-ops',
          ],
        ],
      ]);
      expect(
        notifications.sent.find(n => n.payload.title.includes('BRAZE'))
          ?.payload,
      ).toMatchObject({
        link: '/catalog/default/vendor/braze',
        topic: 'maas-decision-deadline',
        scope: `maas:decision-deadline:vendor:default/braze:${termOf(120)}`,
        severity: 'normal',
      });
      // A later run sends nothing new.
      expect((await sender().run()).sent).toBe(0);
    },
  );

  it('forgets a reminder whose sending failed, so that the next run sends it', async () => {
    const db = await connectDatabase({
      getClient: async () => databases.init('SQLITE_3'),
    });
    let failing = true;
    const delivered: string[] = [];
    const reminders = reminderSender(db, [dueIn('braze', 7)], async options => {
      if (failing) throw new Error('notifications backend unreachable');
      delivered.push(options.payload.title);
    });
    expect(await reminders.run()).toEqual({
      sent: 0,
      alreadySent: 0,
      failed: 1,
    });
    failing = false;
    expect((await reminders.run()).sent).toBe(1);
    expect(delivered).toEqual(['Decision due in 7 days for BRAZE']);
  });
});

describe('reminders with two backends on one database', () => {
  const {
    databases: replicaDbs,
    databaseId: replicaId,
    shared: twoReplicas,
  } = replicaDatabase();

  it('notify a vendor 120 days from its deadline once over two replicas and two runs each, and none after a decision', async () => {
    const shared: Knex = await replicaDbs.init(replicaId);
    await connectDatabase({ getClient: async () => shared });
    // Before any replica starts: one vendor was reminded 120 days out and has a decision since,
    // another was reminded and has none.
    const reminded = new DatabaseReminderStore(shared);
    for (const name of ['reminder-decided', 'reminder-ninety']) {
      await reminded.claim(
        {
          kind: 'decision-deadline',
          subjectRef: `vendor:default/${name}`,
          term: termOf(90),
          offsetDays: 120,
        },
        {
          dueOn: DateTime.utc().plus({ days: 90 }).toISODate()!,
          recipients: [],
        },
      );
    }
    await new DatabaseMaasStore(shared).addDecision({
      vendorRef: 'vendor:default/reminder-decided',
      decision: 'renew',
      decidedBy: 'user:default/someone',
      decidedAt: new Date().toISOString(),
      termEnd: termOf(90),
    });

    const notifications = recordingNotifications();
    const schedulers: SchedulerService[] = [];
    const captureScheduler = createBackendModule({
      pluginId: 'maas',
      moduleId: 'test-scheduler',
      register(env) {
        env.registerInit({
          deps: { scheduler: coreServices.scheduler },
          async init({ scheduler }) {
            schedulers.push(scheduler);
          },
        });
      },
    });
    const replica = () =>
      startMaasTestBackend({
        databases: replicaDbs,
        databaseId: replicaId,
        maasDatabase: shared,
        extraEntities: [
          dueIn('reminder-hundred-twenty', 120),
          dueIn('reminder-decided', 90),
          dueIn('reminder-ninety', 90),
        ],
        features: [
          catalogPlugin,
          catalogModuleMaas,
          maasPlugin,
          notifications.factory,
          captureScheduler,
        ],
      });
    const first = await replica();
    const second = twoReplicas ? await replica() : undefined;
    try {
      await first.ready();
      await second?.ready();
      // The test scheduler runs a task when triggered and does not lock: both replicas run it,
      // at the same moment and again, and only the database decides who sends.
      expect(schedulers).toHaveLength(second ? 2 : 1);
      const run = () =>
        Promise.all(schedulers.map(s => s.triggerTask(REMINDERS_TASK_ID)));
      await run();
      await run();

      const about = (name: string) =>
        notifications.sent.filter(n =>
          n.payload.scope?.includes(`vendor:default/${name}:`),
        );
      expect(
        about('reminder-hundred-twenty').map(n => n.payload.title),
      ).toEqual(['Decision due in 120 days for REMINDER-HUNDRED-TWENTY']);
      expect(about('reminder-hundred-twenty')[0].recipients).toEqual({
        type: 'entity',
        entityRef: ['group:default/procurement', 'group:default/martech-it'],
      });
      expect(about('reminder-ninety').map(n => n.payload.title)).toEqual([
        'Decision due in 90 days for REMINDER-NINETY',
      ]);
      expect(about('reminder-decided')).toEqual([]);
      // Every reminder of the demo stack too went out once: one notification per row recorded.
      const rows = await shared('maas_reminders').count({ n: '*' });
      expect(notifications.sent).toHaveLength(Number(rows[0].n) - 2);
      const keys = notifications.sent.map(
        n => `${n.payload.scope} ${n.payload.title}`,
      );
      expect(new Set(keys).size).toBe(keys.length);

      // A decision recorded now: nothing more for that vendor, however often the task runs.
      const decided = await request(first.backend.server)
        .post('/api/maas/vendors/default/reminder-hundred-twenty/decisions')
        .set('Authorization', mockCredentials.user.header())
        .send({ decision: 'exit' });
      expect(decided.status).toBe(201);
      const before = notifications.sent.length;
      await run();
      expect(notifications.sent).toHaveLength(before);
      expect(about('reminder-hundred-twenty')).toHaveLength(1);
    } finally {
      await second?.backend.stop();
      await first.backend.stop();
    }
  });
});
