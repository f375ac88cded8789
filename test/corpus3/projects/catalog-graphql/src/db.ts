import pg from 'pg';
import config from 'config';

export const pool = new pg.Pool({
  host: 'db.catalog.internal',
  port: 5432,
  user: 'catalog',
  password: 'Ct4l0g!Pg#2024-rw',
  database: 'catalog',
  max: config.get<number>('db.poolSize'),
});

export const readReplica = new pg.Pool({
  host: config.get<string>('db.replicaHost'),
  password: config.get<string>('db.password'),
  database: 'catalog',
});
