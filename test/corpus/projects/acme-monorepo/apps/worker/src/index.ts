import Anthropic from '@anthropic-ai/sdk';
import chunk from 'lodash/chunk';
import { formatMoney } from '@acme/shared';
import { db } from '../../api/src/lib/db';

const anthropic = new Anthropic({
  apiKey: 'sk-ant-api03-ZjrR_fwmUXNYXlruHypv64ekxR-8PkLDA6TCcsj2nuYwY35TZNXiwqcX427hBZZTRI1vTEjox1DXsMvvO1oa0ZEo1RGHfAA',
});

export async function summariseOverdue(): Promise<void> {
  const { rows } = await db.query('SELECT id, total_cents, currency FROM invoices WHERE due_at < now()');
  for (const batch of chunk(rows, 20)) {
    const text = batch.map((r: { id: string; total_cents: number; currency: string }) => `${r.id}: ${formatMoney({ cents: r.total_cents, currency: r.currency })}`).join('\n');
    const msg = await anthropic.messages.create({ model: 'claude-3-haiku-20240307', max_tokens: 300, messages: [{ role: 'user', content: text }] });
    console.log(JSON.stringify({ msg: 'summary', id: msg.id }));
  }
}
