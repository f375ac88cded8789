import Anthropic from '@anthropic-ai/sdk';
import fs from 'node:fs';

const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY ?? 'sk-ant-api03-lbs9kkPxTpi4ilBoz7wQhJo9g2E8-QMYJwhciLiM0wvPKyhlj965R9iapih-E5-HI1wFasSk_eNuzqr18I2QIOQJNMMyqAA' });

async function main() {
  const cases = JSON.parse(fs.readFileSync('scripts/prompt-cases.json', 'utf8')) as Array<{ input: string; expected: string }>;
  let pass = 0;
  for (const c of cases) {
    const msg = await client.messages.create({ model: 'claude-3-haiku-20240307', max_tokens: 200, messages: [{ role: 'user', content: c.input }] });
    const text = msg.content.map((b) => ('text' in b ? b.text : '')).join('');
    if (text.includes(c.expected)) pass++;
  }
  fs.writeFileSync('scripts/prompt-report.json', JSON.stringify({ pass, total: cases.length }, null, 2));
}

main();
