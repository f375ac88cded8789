exports.up = (knex) => knex.schema.createTable('notes', (t) => {
  t.increments('id');
  t.integer('owner_id').notNullable();
  t.text('body');
  t.string('visibility').defaultTo('private');
  t.specificType('tags', 'text[]');
  t.binary('attachment');
});
exports.down = (knex) => knex.schema.dropTable('notes');
