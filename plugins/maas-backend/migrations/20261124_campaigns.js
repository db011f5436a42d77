/*
 * MaaS backend: campaigns launched from templates, and their status history.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_campaigns', table => {
    table.comment(
      'Campaigns launched from templates; the catalogue shows them as Campaign entities',
    );
    table.string('namespace').notNullable();
    table.string('name').notNullable();
    table
      .string('task_id')
      .nullable()
      .comment('Scaffolder task that launched it');
    table
      .text('spec')
      .notNullable()
      .comment('JSON: the Campaign entity spec, status excepted');
    table.text('metadata').notNullable().comment('JSON: title and description');
    table.string('status').notNullable();
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table
      .timestamp('live_at', { useTz: true })
      .nullable()
      .comment('When it first went live');
    table.primary(['namespace', 'name'], 'maas_campaigns_pk');
    table.unique(['task_id'], { indexName: 'maas_campaigns_task_idx' });
  });

  await knex.schema.createTable('maas_campaign_events', table => {
    table.comment('Status changes of campaigns');
    table.increments('id').primary();
    table.string('namespace').notNullable();
    table.string('name').notNullable();
    table.string('from_status').nullable();
    table.string('to_status').notNullable();
    table.string('actor').notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.index(['namespace', 'name'], 'maas_campaign_events_campaign_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_campaign_events');
  await knex.schema.dropTable('maas_campaigns');
};
