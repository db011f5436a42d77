/*
 * MaaS backend: its own projection of the catalogue entities the views read (MaaS kinds, groups,
 * users, templates), fed by the catalogue module's events and reconciled against the catalogue,
 * so views are computed from this database instead of a catalogue read per caller. One state
 * row holds the projection's version and a counter of MaaS writes; views are cached by both.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_projection_entities', table => {
    table.comment(
      'The catalogue entities the views read, as last processed; one row per entity ref',
    );
    table
      .string('entity_ref')
      .primary()
      .comment('Lower-cased entity ref, e.g. martechtool:default/braze');
    table.string('kind').notNullable().comment('The entity kind, as written');
    table
      .text('entity')
      .notNullable()
      .comment(
        'The entity as JSON with sorted keys, without relations, status, uid or etag',
      );
    table
      .bigInteger('version')
      .notNullable()
      .comment('The projection version at which this row last changed');
    table
      .boolean('deleted')
      .notNullable()
      .defaultTo(false)
      .comment('The catalogue no longer holds the entity');
    table
      .timestamp('updated_at', { useTz: true })
      .notNullable()
      .comment('When this row last changed');
    table.index(['version'], 'maas_projection_entities_version_idx');
  });
  await knex.schema.createTable('maas_projection_state', table => {
    table.comment('One row: versions the cached views are keyed by');
    table.integer('id').primary().comment('Always 1');
    table
      .bigInteger('version')
      .notNullable()
      .comment('Raised by each change to maas_projection_entities');
    table
      .bigInteger('writes')
      .notNullable()
      .comment(
        'Raised by each MaaS write (decision, plan, measurement, campaign, certification)',
      );
    table
      .timestamp('reconciled_at', { useTz: true })
      .nullable()
      .comment('When the last reconciliation against the catalogue finished');
  });
  await knex('maas_projection_state').insert({ id: 1, version: 0, writes: 0 });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_projection_state');
  await knex.schema.dropTable('maas_projection_entities');
};
