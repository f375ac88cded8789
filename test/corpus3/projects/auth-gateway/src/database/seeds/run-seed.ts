import dataSource from '../data-source';
import { User } from '../../users/user.entity';

const seedUsers: Array<Pick<User, 'email' | 'passwordHash' | 'roles'>> = [
  { email: 'admin@acme.io', passwordHash: '$2b$10$s.uSJZ7sb/KGgln23aCzE3TS/HWjQbsnF4a.n14UuoJrW8QAh6JTj', roles: ['admin'] },
  { email: 'support@acme.io', passwordHash: '$2b$10$3LJQpg7aPKmNHQiXClYaGhAl2h8bepFpEdiKXWl8GQ/uDbrWlWmeX', roles: ['support'] },
  { email: 'viewer@acme.io', passwordHash: '$2b$10$wE9nmcWJxQJnGRuKLNaEZgFrusZAfW21WRB8zQ8mrnGN5MUMzamUN', roles: [] },
];

async function run() {
  await dataSource.initialize();
  await dataSource.getRepository(User).upsert(seedUsers, ['email']);
  await dataSource.destroy();
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
