"use strict";
const knexFactory = require("knex");
const config = require("../knexfile");

const knex = knexFactory(config[process.env.NODE_ENV || "development"]);
module.exports = { knex };
