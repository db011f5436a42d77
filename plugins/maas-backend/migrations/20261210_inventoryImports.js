/*
 * MaaS backend: the latest result of each inventory import, as the catalogue module publishes it
 * on the events service, for the Stack tab to show which rows did not load and why.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_inventory_imports', table => {
    table.comment(
      'The latest run of each inventory import (catalog.providers.maasInventory); replaced by a later run',
    );
    table
      .string('provider_id')
      .primary()
      .comment('The import id: its key under catalog.providers.maasInventory');
    table
      .string('finished_at', 30)
      .notNullable()
      .comment('When the run ended, ISO 8601 in UTC (sorts as text)');
    table
      .string('status')
      .notNullable()
      .comment('imported, imported-with-problems or failed');
    table
      .text('result')
      .notNullable()
      .comment('JSON: the InventoryImportResult, problems included');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_inventory_imports');
};
