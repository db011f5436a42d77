/*
 * MaaS backend: data-quality measurements, daily snapshots and first-seen dates.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_measurements', table => {
    table.comment(
      'Data-quality measurements posted by pipelines, one row per data product and time',
    );
    table.string('data_product_ref').notNullable();
    table.timestamp('measured_at', { useTz: true }).notNullable();
    table
      .float('freshness_hours')
      .notNullable()
      .comment('Age of the data when measured');
    table.float('completeness_pct').notNullable();
    table
      .bigInteger('events')
      .notNullable()
      .comment('Events or rows processed');
    table.integer('incidents').notNullable().comment('Quality incidents seen');
    table
      .float('sla_freshness_hours')
      .nullable()
      .comment("The data product's freshness SLA when the row was received");
    table
      .float('sla_completeness_pct')
      .nullable()
      .comment("The data product's completeness SLA when the row was received");
    table.timestamp('received_at', { useTz: true }).notNullable();
    table.primary(['data_product_ref', 'measured_at'], 'maas_measurements_pk');
    table.index(['measured_at'], 'maas_measurements_time_idx');
  });

  await knex.schema.createTable('maas_snapshots', table => {
    table.comment('One snapshot of scores, sprawl, audit and KPIs per day');
    table
      .string('period')
      .primary()
      .comment('The day it describes, ISO date (UTC)');
    table.timestamp('taken_at', { useTz: true }).notNullable();
    table.text('data').notNullable().comment('JSON');
  });

  await knex.schema.createTable('maas_first_seen', table => {
    table.comment('When maas-backend first saw an entity in the catalogue');
    table.string('entity_ref').primary();
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_first_seen');
  await knex.schema.dropTable('maas_snapshots');
  await knex.schema.dropTable('maas_measurements');
};
