exports.up = (knex) =>
  knex.schema.createTable('reports', (table) => {
    table.increments('id');
    table.string('name').notNullable();
    table.timestamps(true, true);
  });

exports.down = (knex) => knex.schema.dropTable('reports');
