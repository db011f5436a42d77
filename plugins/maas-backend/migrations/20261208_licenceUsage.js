/*
 * MaaS backend: licence usage posted by systems (SSO, a vendor's admin API), one row per tool and
 * day. The latest row up to a view's day overrides the catalogue's spec.licenses.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_licence_usage', table => {
    table.comment(
      'Licence usage of martech tools as systems report it, one row per tool and day; a re-post of the day replaces it',
    );
    table.increments('id').primary();
    table
      .string('tool_ref')
      .notNullable()
      .comment(
        'Entity ref of the tool, e.g. martechtool:default/braze-engagement',
      );
    table
      .string('as_of', 10)
      .notNullable()
      .comment('The day the figures describe, ISO date');
    table.integer('active').notNullable().comment('Seats in use');
    table
      .integer('purchased')
      .nullable()
      .comment("Seats bought; null keeps the catalogue's figure");
    table
      .integer('assigned')
      .nullable()
      .comment('Seats given to someone, used or not');
    table
      .string('source', 200)
      .nullable()
      .comment('The system that reported the figures, e.g. okta');
    table
      .string('posted_by')
      .notNullable()
      .comment('Who posted: a user ref or service:<subject>');
    table.timestamp('posted_at', { useTz: true }).notNullable();
    table.unique(['tool_ref', 'as_of'], {
      indexName: 'maas_licence_usage_tool_day_idx',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_licence_usage');
};
