import express from 'express';
import helmet from 'helmet';
import { chunk } from 'lodash';
import dayjs from 'dayjs';
import { db } from '@acme/db';
import { renderBadge } from '@acme/ui/badge';
import { formatPrice } from '../../web/src/lib/format';
import type { Product } from '../../web/src/types/product';
import { requireRole } from './auth/roles';

const app = express();
app.use(helmet());

app.get('/products', requireRole('viewer'), async (_req, res) => {
  const rows: Product[] = await db.query('SELECT * FROM products');
  res.json(chunk(rows.map((p) => ({ ...p, price: formatPrice(p.priceCents), badge: renderBadge(p.tag), at: dayjs().toISOString() })), 20));
});

const port = Number(process.env.PORT ?? 4000);
const server = app.listen(port);

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
