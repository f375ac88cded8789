import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { User } from '../users/user.entity';
import { RefreshToken } from '../auth/refresh-token.entity';

// Used by the TypeORM CLI only: `npx typeorm migration:run -d dist/database/data-source.js`
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [User, RefreshToken],
  migrations: ['dist/database/migrations/*.js'],
  synchronize: false,
  migrationsRun: false,
});
