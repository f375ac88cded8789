import { Router } from 'express';
import type { JSONSchema7 } from 'json-schema';
import { formatMoney, type Money } from '@acme/shared';
import { slugify } from '@acme/shared/strings';
import { db } from '@/lib/db';
import { formatInvoiceNumber } from '../../../web/src/lib/format';

export const invoiceSchema: JSONSchema7 = { type: 'object', required: ['amount'] };

export const invoices = Router();

invoices.get('/:id', async (req, res) => {
  const { rows } = await db.query('SELECT * FROM invoices WHERE id = $1', [req.params.id]);
  const total: Money = { cents: rows[0].total_cents, currency: rows[0].currency };
  res.json({ number: formatInvoiceNumber(rows[0].seq), slug: slugify(rows[0].customer), total: formatMoney(total) });
});
