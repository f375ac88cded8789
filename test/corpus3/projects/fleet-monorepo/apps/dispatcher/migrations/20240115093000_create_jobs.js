"use strict";

exports.up = function (knex) {
  return knex.schema
    .createTable("vehicles", (t) => {
      t.increments("id");
      t.string("plate").notNullable().unique();
      t.float("lat");
      t.float("lon");
      t.string("status").defaultTo("available");
    })
    .createTable("jobs", (t) => {
      t.increments("id");
      t.integer("vehicle_id").references("vehicles.id");
      t.jsonb("pickup");
      t.jsonb("dropoff");
      t.timestamps(true, true);
    });
};

exports.down = function (knex) {
  return knex.schema.dropTable("jobs").dropTable("vehicles");
};
