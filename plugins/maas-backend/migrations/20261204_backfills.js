/*
 * MaaS backend: history backfills as rows, so that the replica that runs one (a scheduled task,
 * one replica at a time) and the replica asked for its status need not be the same.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_backfills', table => {
    table.comment('Requests to recompute the daily snapshots of past days');
    table.string('id').primary().comment('UUID');
    table.integer('days').notNullable().comment('Days back from period_to');
    table.string('period_from').notNullable().comment('First day, ISO date');
    table.string('period_to').notNullable().comment('Last day, ISO date');
    table
      .string('state')
      .notNullable()
      .comment('queued, running, done or failed');
    table.integer('done_days').notNullable().defaultTo(0);
    table.string('requested_by').notNullable();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.text('error').nullable();
  });
  // At most one queued and one running backfill: a second request while one waits is refused.
  await knex.raw(
    "CREATE UNIQUE INDEX maas_backfills_active_idx ON maas_backfills (state) WHERE state IN ('queued', 'running')",
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_backfills');
};
