exports.up = function (knex) {
  return knex.schema.createTable('bookings', function (t) {
    t.increments('id');
    t.string('guest').notNullable();
    t.date('night').notNullable();
  });
};

exports.down = function (knex) {
  return knex.schema.dropTable('bookings');
};
