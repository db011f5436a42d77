import { TestDatabases } from '@backstage/backend-test-utils';
import { ProjectionReader } from '../projection/ProjectionReader';
import { connectDatabase } from './connectDatabase';
import { DatabaseProjectionStore } from './DatabaseProjectionStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const row = (name: string, title: string) => ({
  ref: `vendor:default/${name}`,
  kind: 'Vendor',
  entity: JSON.stringify({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Vendor',
    metadata: { name, namespace: 'default', title },
    spec: {},
  }),
});

describe.each(databases.eachSupportedId())(
  'the projection store on %s',
  databaseId => {
    async function store() {
      const knex = await databases.init(databaseId);
      return new DatabaseProjectionStore(
        await connectDatabase({ getClient: async () => knex }),
      );
    }

    it('writes what changed at one new version, and nothing for what did not', async () => {
      const projection = await store();
      expect(await projection.state()).toEqual({ version: 0, writes: 0 });
      expect(
        await projection.upsert([row('braze', 'Braze'), row('adobe', 'Adobe')]),
      ).toBe(2);
      expect((await projection.state()).version).toBe(1);
      // The same again: no change, no new version.
      expect(await projection.upsert([row('braze', 'Braze')])).toBe(0);
      expect((await projection.state()).version).toBe(1);
      expect(
        await projection.upsert([
          row('braze', 'Braze, Inc.'),
          row('adobe', 'Adobe'),
        ]),
      ).toBe(1);
      expect(await projection.changesSince(1, 2)).toEqual([
        expect.objectContaining({ ref: 'vendor:default/braze', version: 2 }),
      ]);
    });

    it('leaves rows changed since a time, and marks missing ones deleted once they are old', async () => {
      const projection = await store();
      await projection.upsert([row('braze', 'Braze'), row('adobe', 'Adobe')]);
      const past = new Date(Date.now() - 60_000);
      // What a reconciliation read before the last change is not written over it ...
      expect(
        await projection.upsert([row('braze', 'Old Braze')], {
          unlessChangedSince: past,
        }),
      ).toBe(0);
      // ... nor is an entity it did not find deleted while it is that recent.
      expect(
        await projection.deleteMissing(new Set(['vendor:default/braze']), past),
      ).toBe(0);
      const later = new Date(Date.now() + 1000);
      expect(
        await projection.deleteMissing(
          new Set(['vendor:default/braze']),
          later,
        ),
      ).toBe(1);
      const { version } = await projection.state();
      expect(await projection.changesSince(version - 1, version)).toEqual([
        { ref: 'vendor:default/adobe', version },
      ]);
      // An entity that comes back is live again.
      expect(await projection.upsert([row('adobe', 'Adobe')])).toBe(1);
    });

    it('counts MaaS writes apart from the projection', async () => {
      const projection = await store();
      await projection.countWrite();
      await projection.countWrite();
      expect(await projection.state()).toMatchObject({ version: 0, writes: 2 });
    });

    it('lets a reader catch up by loading only what changed', async () => {
      const projection = await store();
      const reader = new ProjectionReader(projection);
      await projection.upsert([row('braze', 'Braze'), row('adobe', 'Adobe')]);
      const first = await reader.current();
      expect(first.platform().vendors.map(v => v.metadata.title)).toEqual([
        'Adobe',
        'Braze',
      ]);
      await projection.upsert([row('braze', 'Braze, Inc.')]);
      await projection.deleteMissing(
        new Set(['vendor:default/braze']),
        new Date(Date.now() + 1000),
      );
      const second = await reader.current();
      expect(second.version).toBe(3);
      expect(second.platform().vendors.map(v => v.metadata.title)).toEqual([
        'Braze, Inc.',
      ]);
      // Only what the caller may read.
      expect(
        second
          .platform({ key: 'none', refs: new Set() })
          .vendors.map(v => v.metadata.title),
      ).toEqual([]);
    });
  },
);
