import { Sequelize } from 'sequelize';
import { Umzug, SequelizeStorage } from 'umzug';
import { config } from './config';

export const sequelize = new Sequelize(config.databaseUrl, { logging: false });

export const umzug = new Umzug({
  migrations: { glob: 'migrations/*.js' },
  context: sequelize.getQueryInterface(),
  storage: new SequelizeStorage({ sequelize }),
  logger: console,
});
