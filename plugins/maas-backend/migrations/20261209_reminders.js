/*
 * MaaS backend: the reminders sent through Backstage's notifications, one row per subject, term
 * and offset. The unique index is what makes a reminder go out once across replicas: the sender
 * claims the row before sending, and a second claim fails in the database.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maas_reminders', table => {
    table.comment(
      'Reminders sent (decision deadlines, Data Act checks, certification expiries), one per subject, term and offset',
    );
    table.increments('id').primary();
    table
      .string('kind')
      .notNullable()
      .comment('decision-deadline, data-act or certification-expiry');
    table
      .string('subject_ref')
      .notNullable()
      .comment('Entity ref of the vendor or audience reminded of');
    table
      .string('term')
      .notNullable()
      .comment(
        'What a new occurrence changes: a term end, rule@date, an expiry',
      );
    table
      .integer('offset_days')
      .notNullable()
      .comment('The step of the schedule: days before due_on');
    table
      .string('due_on', 10)
      .notNullable()
      .comment('The day reminded of: the deadline, the failure, the expiry');
    table
      .text('recipients')
      .notNullable()
      .comment('JSON list of the entity refs notified');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.unique(['kind', 'subject_ref', 'term', 'offset_days'], {
      indexName: 'maas_reminders_once_idx',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maas_reminders');
};
