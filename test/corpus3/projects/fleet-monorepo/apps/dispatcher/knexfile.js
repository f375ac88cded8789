"use strict";
// Update with your config settings.

module.exports = {
  development: {
    client: "sqlite3",
    connection: { filename: "./dev.sqlite3" },
    useNullAsDefault: true
  },

  staging: {
    client: "postgresql",
    connection: {
      host: "127.0.0.1",
      database: "my_db",
      user: "username",
      password: "password"
    },
    pool: { min: 2, max: 10 },
    migrations: { tableName: "knex_migrations" }
  },

  production: {
    client: "postgresql",
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
    migrations: { tableName: "knex_migrations" }
  }
};
