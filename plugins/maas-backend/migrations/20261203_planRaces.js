/*
 * MaaS backend: decommissioning plans race-proof in the database. At most one open plan per
 * tool (a partial unique index, which SQLite and PostgreSQL both enforce), and a version per
 * plan that every edit checks and increments (optimistic concurrency: If-Match on PATCH).
 */

// @ts-check

const OPEN_STATES = "('planned', 'in-progress')";

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maas_decommission_plans', table => {
    table
      .integer('version')
      .notNullable()
      .defaultTo(1)
      .comment('Incremented by every change; clients send it back in If-Match');
  });

  // Before the index can exist, a tool that two racing requests gave two open plans keeps the
  // oldest; the others are cancelled, and their history says why.
  const open = await knex('maas_decommission_plans')
    .select('id', 'tool_ref', 'created_at')
    .whereIn('state', ['planned', 'in-progress'])
    .orderBy([
      { column: 'tool_ref', order: 'asc' },
      { column: 'created_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
  const kept = new Set();
  const now = new Date();
  for (const plan of open) {
    if (!kept.has(plan.tool_ref)) {
      kept.add(plan.tool_ref);
      continue;
    }
    await knex('maas_decommission_plans').where({ id: plan.id }).update({
      state: 'cancelled',
      completed_at: now,
      updated_at: now,
      version: 2,
    });
    await knex('maas_decommission_plan_events').insert({
      plan_id: plan.id,
      actor: 'maas-backend',
      at: now,
      change: JSON.stringify({
        state: 'cancelled',
        reason:
          'a second open plan for the same tool, cancelled by a migration',
      }),
    });
  }

  await knex.raw(
    `CREATE UNIQUE INDEX maas_decommission_plans_open_tool_idx ON maas_decommission_plans (tool_ref) WHERE state IN ${OPEN_STATES}`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX maas_decommission_plans_open_tool_idx');
  await knex.schema.alterTable('maas_decommission_plans', table => {
    table.dropColumn('version');
  });
};
