'use strict';

const { Umzug, SequelizeStorage } = require('umzug');
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const umzug = new Umzug({
  migrations: { glob: 'migrations/*.up.js' },
  context: sequelize.getQueryInterface(),
  storage: new SequelizeStorage({ sequelize }),
  logger: console,
});

umzug.up().then(() => sequelize.close());
