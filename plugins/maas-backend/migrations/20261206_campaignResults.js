/*
 * MaaS backend: campaign results per arm and day, which readouts are computed from, and the
 * lifetime value per segment (audience) that warehouses post.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_campaign_results', table => {
    table.comment(
      'Results of launched campaigns, one row per campaign, arm and day; a day posted again replaces its row',
    );
    table.string('namespace').notNullable();
    table.string('name').notNullable();
    table
      .string('arm', 63)
      .notNullable()
      .comment(
        "One of the campaign's variants (treatment without any), or holdout",
      );
    table.string('day', 10).notNullable().comment('ISO date (UTC)');
    table
      .integer('users')
      .notNullable()
      .comment('People newly assigned to the arm that day');
    table.integer('conversions').notNullable();
    table.double('revenue').notNullable();
    table.double('spend').notNullable();
    table.integer('new_customers').notNullable();
    table
      .string('currency', 3)
      .notNullable()
      .comment('ISO 4217 code of revenue and spend');
    table.string('recorded_by').notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.primary(
      ['namespace', 'name', 'arm', 'day'],
      'maas_campaign_results_pk',
    );
    table.index(['day'], 'maas_campaign_results_day_idx');
  });

  await knex.schema.createTable('maas_audience_values', table => {
    table.comment(
      'Lifetime value per customer of a segment, as the warehouse computed it on a day',
    );
    table
      .string('audience_ref')
      .notNullable()
      .comment('Entity ref, e.g. audience:default/repeat-buyers');
    table.string('as_of', 10).notNullable().comment('ISO date');
    table.double('ltv_amount').notNullable();
    table.string('ltv_currency', 3).notNullable();
    table.string('method', 500).notNullable();
    table.string('recorded_by').notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.primary(['audience_ref', 'as_of'], 'maas_audience_values_pk');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_audience_values');
  await knex.schema.dropTable('maas_campaign_results');
};
