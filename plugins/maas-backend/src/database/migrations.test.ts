import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { isUniqueViolation } from './isUniqueViolation';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const directory = resolvePackagePath('@maas/plugin-maas-backend', 'migrations');

/** Migrates up to and including the named migration. */
async function migrateTo(knex: Knex, name: string) {
  for (;;) {
    const [, pending] = (await knex.migrate.list({ directory })) as [
      unknown,
      Array<{ file: string }>,
    ];
    if (pending.length === 0 || pending[0].file > name) return;
    await knex.migrate.up({ directory });
  }
}

const plan = (id: string, tool: string, state: string, createdAt: string) => ({
  id,
  tool_ref: `martechtool:default/${tool}`,
  target_date: '2027-03-31',
  state,
  steps: '[]',
  created_by: 'user:default/a',
  created_at: new Date(createdAt),
  updated_at: new Date(createdAt),
});

describe.each(databases.eachSupportedId())('migrations on %s', databaseId => {
  it('20261203_planRaces keeps the oldest open plan per tool and cancels the others, with a reason', async () => {
    const knex = await databases.init(databaseId);
    await migrateTo(knex, '20261124_campaigns.js');
    // What two racing creates left behind before the index existed.
    await knex('maas_decommission_plans').insert([
      plan('a', 'hotjar', 'planned', '2026-11-01T10:00:00Z'),
      plan('b', 'hotjar', 'in-progress', '2026-11-02T10:00:00Z'),
      plan('c', 'hotjar', 'done', '2026-10-01T10:00:00Z'),
      plan('d', 'jasper', 'planned', '2026-11-03T10:00:00Z'),
    ]);
    await migrateTo(knex, '20261203_planRaces.js');

    const rows = await knex('maas_decommission_plans')
      .select('id', 'state', 'version')
      .orderBy('id');
    expect(rows.map(r => [r.id, r.state, Number(r.version)])).toEqual([
      ['a', 'planned', 1],
      ['b', 'cancelled', 2],
      ['c', 'done', 1],
      ['d', 'planned', 1],
    ]);
    const [event] = await knex('maas_decommission_plan_events').where({
      plan_id: 'b',
    });
    expect(JSON.parse(event.change)).toMatchObject({ state: 'cancelled' });

    // From now on the database refuses a second open plan for a tool, and allows closed ones.
    const refused = await knex('maas_decommission_plans')
      .insert(plan('e', 'hotjar', 'in-progress', '2026-11-04T10:00:00Z'))
      .then(
        () => undefined,
        error => error,
      );
    expect(isUniqueViolation(refused)).toBe(true);
    await knex('maas_decommission_plans').insert(
      plan('f', 'hotjar', 'cancelled', '2026-11-04T10:00:00Z'),
    );

    await knex.migrate.down({ directory });
    await knex('maas_decommission_plans').insert(
      plan('g', 'hotjar', 'planned', '2026-11-05T10:00:00Z'),
    );
  });
});
