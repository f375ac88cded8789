import { db } from '../src/db.js';

await db.migrate.latest({ directory: 'migrations' });
await db.destroy();
