import { TestDatabases } from '@backstage/backend-test-utils';
import { connectDatabase } from './connectDatabase';
import { DatabaseCertificationStore } from './DatabaseCertificationStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'DatabaseCertificationStore on %s',
  databaseId => {
    it('keeps every key turned and withdrawn, oldest first, by audience', async () => {
      const knex = await databases.init(databaseId);
      const store = new DatabaseCertificationStore(
        await connectDatabase({ getClient: async () => knex }),
      );
      const key = (audienceRef: string, role: 'marketing' | 'it') => ({
        audienceRef,
        role,
        action: 'certified' as const,
        fingerprint: 'f'.repeat(64),
        subject: '{"definition":"x"}',
        actor: 'user:default/ines.garcia',
        group: 'group:default/crm',
      });
      const first = await store.record(
        key('audience:default/repeat-buyers', 'marketing'),
      );
      await store.record(key('audience:default/other', 'it'));
      await store.record({
        ...key('audience:default/repeat-buyers', 'marketing'),
        action: 'withdrawn',
      });
      const history = await store.history('audience:default/repeat-buyers');
      expect(history.map(e => [e.role, e.action])).toEqual([
        ['marketing', 'certified'],
        ['marketing', 'withdrawn'],
      ]);
      expect(history[0]).toEqual(first);
      expect(history[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const all = await store.all();
      expect([...all.keys()].sort()).toEqual([
        'audience:default/other',
        'audience:default/repeat-buyers',
      ]);
      expect(all.get('audience:default/other')).toHaveLength(1);
    });
  },
);
