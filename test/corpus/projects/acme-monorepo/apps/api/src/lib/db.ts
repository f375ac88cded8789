import { Pool } from 'pg';
import { databaseUrl } from '@acme/config';

export const db = new Pool({ connectionString: databaseUrl });
