"use strict";
const { knex } = require("../src/db");

beforeAll(async () => {
  process.env.NODE_ENV = "test";
  await knex.migrate.latest();
  await knex.seed.run();
});

afterAll(() => knex.destroy());
