/*
 * MaaS backend: vendor decisions and decommissioning plans, with their history.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_vendor_decisions', table => {
    table.comment(
      'Renew / renegotiate / exit decisions recorded for a vendor, newest last',
    );
    table.increments('id').primary();
    table
      .string('vendor_ref')
      .notNullable()
      .comment('Entity ref of the vendor');
    table
      .string('decision')
      .notNullable()
      .comment('renew, renegotiate or exit');
    table.text('note').nullable();
    table
      .string('decided_by')
      .notNullable()
      .comment('Entity ref of the user who recorded it');
    table.timestamp('decided_at', { useTz: true }).notNullable();
    table
      .string('term_end')
      .nullable()
      .comment(
        "The contract's term end when the decision was recorded (ISO date)",
      );
    table.index(['vendor_ref'], 'maas_vendor_decisions_vendor_idx');
  });

  await knex.schema.createTable('maas_decommission_plans', table => {
    table.comment('Plans to decommission a martech tool');
    table.string('id').primary().comment('UUID');
    table.string('tool_ref').notNullable().comment('Entity ref of the tool');
    table
      .string('successor_ref')
      .nullable()
      .comment('Entity ref of the tool taking over');
    table.string('target_date').notNullable().comment('ISO date');
    table
      .string('state')
      .notNullable()
      .comment('planned, in-progress, done or cancelled');
    table
      .text('steps')
      .notNullable()
      .comment('JSON array of {title, owner, done}');
    table.text('note').nullable();
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('completed_at', { useTz: true }).nullable();
    table.index(['tool_ref'], 'maas_decommission_plans_tool_idx');
  });

  await knex.schema.createTable('maas_decommission_plan_events', table => {
    table.comment('Every change made to a decommissioning plan');
    table.increments('id').primary();
    table
      .string('plan_id')
      .notNullable()
      .references('id')
      .inTable('maas_decommission_plans')
      .onDelete('CASCADE');
    table
      .string('actor')
      .notNullable()
      .comment('Entity ref of who made the change');
    table.timestamp('at', { useTz: true }).notNullable();
    table.text('change').notNullable().comment('JSON: what changed');
    table.index(['plan_id'], 'maas_decommission_plan_events_plan_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_decommission_plan_events');
  await knex.schema.dropTable('maas_decommission_plans');
  await knex.schema.dropTable('maas_vendor_decisions');
};
