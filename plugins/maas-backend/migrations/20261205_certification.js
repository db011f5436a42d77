/*
 * MaaS backend: the two keys of audience certifications, as a history of keys turned and
 * withdrawn. An audience is certified while its latest marketing and IT keys were both turned on
 * its current fingerprint and neither has expired.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_certification_events', table => {
    table.comment(
      'Keys of audience certifications turned or withdrawn, oldest first; never updated',
    );
    table.increments('id').primary();
    table
      .string('audience_ref')
      .notNullable()
      .comment(
        'Entity ref of the audience, e.g. audience:default/repeat-buyers',
      );
    table
      .string('role')
      .notNullable()
      .comment('marketing (owner group) or it (technicalOwner group)');
    table.string('action').notNullable().comment('certified or withdrawn');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment('SHA-256 of the subject the key was turned on');
    table
      .text('subject')
      .notNullable()
      .comment(
        "JSON: the definition, sources, required purposes and the sources' consent, as then",
      );
    table.string('actor').notNullable().comment("The user's entity ref");
    table
      .string('via_group')
      .notNullable()
      .comment('The group through which the actor held the key');
    table.timestamp('at', { useTz: true }).notNullable();
    table.index(['audience_ref'], 'maas_certification_events_audience_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_certification_events');
};
