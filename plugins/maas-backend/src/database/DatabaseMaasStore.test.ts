import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseMaasStore } from './DatabaseMaasStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

async function createStore(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  return DatabaseMaasStore.create({
    database: { getClient: async () => knex },
  });
}

describe.each(databases.eachSupportedId())(
  'DatabaseMaasStore on %s',
  databaseId => {
    it('keeps the history of vendor decisions, oldest first', async () => {
      const store = await createStore(databaseId);
      await store.addDecision({
        vendorRef: 'vendor:default/braze',
        decision: 'renegotiate',
        note: 'ask for SMS in the bundle',
        decidedBy: 'user:default/claire.dubois',
        decidedAt: '2026-10-01T09:00:00.000Z',
        termEnd: '2027-06-30',
      });
      await store.addDecision({
        vendorRef: 'vendor:default/braze',
        decision: 'renew',
        decidedBy: 'user:default/marc.weber',
        decidedAt: '2026-11-01T09:00:00.000Z',
        termEnd: '2027-06-30',
      });
      await store.addDecision({
        vendorRef: 'vendor:default/tealium',
        decision: 'exit',
        decidedBy: 'user:default/marc.weber',
        decidedAt: '2026-09-01T09:00:00.000Z',
      });
      const braze = await store.listDecisions('vendor:default/braze');
      expect(braze.map(d => [d.decision, d.decidedAt, d.termEnd])).toEqual([
        ['renegotiate', '2026-10-01T09:00:00.000Z', '2027-06-30'],
        ['renew', '2026-11-01T09:00:00.000Z', '2027-06-30'],
      ]);
      expect(braze[0].note).toBe('ask for SMS in the bundle');
      expect((await store.listDecisions()).map(d => d.vendorRef)).toEqual([
        'vendor:default/tealium',
        'vendor:default/braze',
        'vendor:default/braze',
      ]);
    });

    it('creates, moves and records the history of a plan', async () => {
      const store = await createStore(databaseId);
      const plan = await store.createPlan(
        {
          toolRef: 'martechtool:default/mailchimp',
          successorRef: 'martechtool:default/braze-engagement',
          targetDate: '2027-03-31',
          steps: [
            { title: 'export data', owner: 'group:default/brand', done: false },
          ],
        },
        'user:default/sofia.marino',
      );
      expect(plan).toMatchObject({
        state: 'planned',
        createdBy: 'user:default/sofia.marino',
      });
      const moved = await store.updatePlan(
        plan.id,
        { state: 'in-progress', steps: [{ title: 'export data', done: true }] },
        { actor: 'user:default/tom.becker', expectedState: 'planned' },
      );
      expect(moved).toMatchObject({
        state: 'in-progress',
        steps: [{ title: 'export data', done: true }],
      });
      expect(moved.completedAt).toBeUndefined();
      const done = await store.updatePlan(
        plan.id,
        { state: 'done' },
        { actor: 'user:default/tom.becker', expectedState: 'in-progress' },
      );
      expect(done.completedAt).toBeDefined();
      const events = await store.listPlanEvents(plan.id);
      expect(events.map(e => e.actor)).toEqual([
        'user:default/sofia.marino',
        'user:default/tom.becker',
        'user:default/tom.becker',
      ]);
      expect(events[2].change).toEqual({ state: 'done' });
    });

    it('refuses a second open plan for a tool, and a move from a stale state', async () => {
      const store = await createStore(databaseId);
      const plan = await store.createPlan(
        {
          toolRef: 'martechtool:default/hotjar',
          targetDate: '2027-01-31',
          steps: [],
        },
        'user:default/a',
      );
      await expect(
        store.createPlan(
          {
            toolRef: 'martechtool:default/hotjar',
            targetDate: '2027-02-28',
            steps: [],
          },
          'user:default/b',
        ),
      ).rejects.toThrow(/already has an open decommissioning plan/);
      await store.updatePlan(
        plan.id,
        { state: 'cancelled' },
        { actor: 'a', expectedState: 'planned' },
      );
      await expect(
        store.updatePlan(
          plan.id,
          { state: 'in-progress' },
          { actor: 'b', expectedState: 'planned' },
        ),
      ).rejects.toThrow('is cancelled now, not planned');
      // Once the first is closed, a new plan for the tool is fine.
      await expect(
        store.createPlan(
          {
            toolRef: 'martechtool:default/hotjar',
            targetDate: '2027-02-28',
            steps: [],
          },
          'user:default/b',
        ),
      ).resolves.toMatchObject({ state: 'planned' });
      await expect(
        store.updatePlan(
          'nope',
          { note: 'x' },
          { actor: 'a', expectedState: 'planned' },
        ),
      ).rejects.toThrow('No decommissioning plan nope');
    });

    it('answers 409 to every create that loses a race for a tool, in the database', async () => {
      const store = await createStore(databaseId);
      const results = await Promise.allSettled(
        [1, 2, 3, 4, 5, 6].map(i =>
          store.createPlan(
            {
              toolRef: 'martechtool:default/sendgrid',
              targetDate: '2027-01-31',
              steps: [],
            },
            `user:default/u${i}`,
          ),
        ),
      );
      expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
      for (const lost of results.filter(r => r.status === 'rejected')) {
        expect((lost as PromiseRejectedResult).reason.name).toBe(
          'ConflictError',
        );
      }
    });

    it('applies a change only to the version it was made against', async () => {
      const store = await createStore(databaseId);
      const plan = await store.createPlan(
        {
          toolRef: 'martechtool:default/zendesk',
          targetDate: '2027-01-31',
          steps: [],
        },
        'user:default/a',
      );
      expect(plan.version).toBe(1);
      const first = await store.updatePlan(
        plan.id,
        { note: 'first' },
        { actor: 'a', expectedState: 'planned', expectedVersion: 1 },
      );
      expect(first.version).toBe(2);
      await expect(
        store.updatePlan(
          plan.id,
          { note: 'second' },
          { actor: 'b', expectedState: 'planned', expectedVersion: 1 },
        ),
      ).rejects.toMatchObject({
        name: 'PreconditionFailedError',
        statusCode: 412,
      });
      expect((await store.getPlan(plan.id))?.note).toBe('first');
    });
  },
);
