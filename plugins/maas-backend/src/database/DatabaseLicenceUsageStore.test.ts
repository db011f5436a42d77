import { TestDatabases } from '@backstage/backend-test-utils';
import { connectDatabase } from './connectDatabase';
import { DatabaseLicenceUsageStore } from './DatabaseLicenceUsageStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'DatabaseLicenceUsageStore on %s',
  databaseId => {
    const open = async () =>
      new DatabaseLicenceUsageStore(
        await connectDatabase({
          getClient: async () => databases.init(databaseId),
        }),
      );
    const braze = 'martechtool:default/braze-engagement';
    const hotjar = 'martechtool:default/hotjar';

    it('reads the latest day up to a date per tool, and a period oldest first', async () => {
      const store = await open();
      await store.record(braze, { asOf: '2026-11-01', active: 30 }, 'a');
      await store.record(
        braze,
        { asOf: '2026-11-20', active: 28, purchased: 35, source: 'okta' },
        'a',
      );
      await store.record(braze, { asOf: '2026-12-01', active: 25 }, 'a');
      await store.record(
        hotjar,
        { asOf: '2026-10-15', active: 4, assigned: 6 },
        'a',
      );

      expect(await store.latest('2026-11-30')).toEqual(
        new Map([
          [
            braze,
            { asOf: '2026-11-20', active: 28, purchased: 35, source: 'okta' },
          ],
          [hotjar, { asOf: '2026-10-15', active: 4, assigned: 6 }],
        ]),
      );
      expect((await store.latest('2026-10-31')).get(braze)).toBeUndefined();
      expect(
        (await store.history(braze, '2026-11-01', '2026-11-30')).map(
          u => u.asOf,
        ),
      ).toEqual(['2026-11-01', '2026-11-20']);
    });

    it('keeps a day posted twice once, and replaces it when the figures change', async () => {
      const store = await open();
      const day = { asOf: '2026-11-02', active: 10, purchased: 12 };
      expect(await store.record(braze, day, 'a')).toBe('inserted');
      expect(await store.record(braze, { ...day }, 'b')).toBe('duplicate');
      expect(await store.record(braze, { ...day, purchased: 11 }, 'b')).toBe(
        'replaced',
      );
      // Dropping a figure is a change too.
      expect(
        await store.record(braze, { asOf: day.asOf, active: 10 }, 'b'),
      ).toBe('replaced');
      expect(await store.history(braze, day.asOf, day.asOf)).toEqual([
        { asOf: day.asOf, active: 10 },
      ]);
    });

    it('stores one row when two posts of a new day race', async () => {
      const store = await open();
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          store.record(hotjar, { asOf: '2026-11-03', active: 7 }, 'a'),
        ),
      );
      expect(results.filter(r => r === 'inserted')).toHaveLength(1);
      expect(await store.history(hotjar, '2026-11-03', '2026-11-03')).toEqual([
        { asOf: '2026-11-03', active: 7 },
      ]);
    });
  },
);
