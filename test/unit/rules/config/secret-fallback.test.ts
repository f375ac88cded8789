import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from '../../../helpers/ruleTester';
import { memoryWorkspace } from '../../../helpers/memoryWorkspace';
import { analyzeFile } from '../../../../server/src/engine/analyze';
import { secretFallback } from '../../../../server/src/engine/rules/config/secret-fallback';
import { hardcodedSecret } from '../../../../server/src/engine/rules/config/hardcoded-secret';
import { FAKE } from '../../secrets/fakeTokens';

const THROW = (name: string): string => `(() => { throw new Error('${name} is not set'); })()`;

ruleTester(secretFallback, {
  valid: [
    { code: "const level = process.env.LOG_LEVEL ?? 'info';\n" },
    { code: "const port = process.env.PORT || '3000';\nconst host = process.env.HOST ?? '0.0.0.0';\n" },
    { code: "const secret = process.env.JWT_SECRET || '';\n" },
    { code: "const secret = process.env.JWT_SECRET ?? 'changeme';\nconst key = process.env.API_KEY || '<your-api-key>';\n" },
    { code: "const secret = process.env.JWT_SECRET || process.env.LEGACY_SECRET;\n" },
    { code: "const url = process.env.DATABASE_URL || 'postgres://localhost:5432/app';\n" },
    { code: "const keyFile = process.env.PRIVATE_KEY_PATH || './keys/dev.pem';\nconst alg = process.env.JWT_ALGORITHM ?? 'HS256';\n" },
    { code: "const { NODE_ENV = 'development', PORT = '3000' } = process.env;\n" },
    { code: "const name = process.env.SECRET_NAME || 'app-secrets';\n" },
    { code: "const { secret = 'not-from-env-1' } = options;\n" },
    // A provider token behind a read that is not secret-named is config/hardcoded-secret's.
    { code: `const stripe = new Stripe(process.env.STRIPE || '${FAKE.stripeLive}');\n` },
    { code: "// twelve-factor-disable-next-line config/secret-fallback\nconst secret = process.env.JWT_SECRET || 'dev-secret';\n" },
  ],
  invalid: [
    {
      name: '|| with a secret-named variable',
      code: "const secret = process.env.JWT_SECRET || 'dev-secret';\n",
      errors: [{ range: [0, 41, 0, 53], text: "'dev-secret'", severity: 'error', message: /^JWT_SECRET falls back to a hardcoded value \(dev…\)/ }],
      output: `const secret = process.env.JWT_SECRET || ${THROW('JWT_SECRET')};\n`,
      outputFiles: { '.env.example': 'JWT_SECRET=\n' },
    },
    {
      name: '?? keeps its operator',
      code: "export const apiKey = process.env.API_KEY ?? 'k3y-1234567';\n",
      errors: [{ text: "'k3y-1234567'" }],
      output: `export const apiKey = process.env.API_KEY ?? ${THROW('API_KEY')};\n`,
    },
    {
      name: 'destructuring default from process.env',
      code: "const { JWT_SECRET = 'dev-secret' } = process.env;\n",
      errors: [{ range: [0, 21, 0, 33] }],
      output: `const { JWT_SECRET = ${THROW('JWT_SECRET')} } = process.env;\n`,
    },
    {
      name: 'renamed destructuring default',
      code: "const { SESSION_SECRET: sessionSecret = 'kitty-cat-9' } = process.env;\n",
      errors: [{ text: "'kitty-cat-9'", message: /^SESSION_SECRET/ }],
    },
    {
      name: 'the target is secret-named, the variable is not',
      code: "const sessionSecret = process.env.SESSION || 'keyboard cat';\n",
      errors: [{ text: "'keyboard cat'" }],
      output: `const sessionSecret = process.env.SESSION || ${THROW('SESSION')};\n`,
    },
    {
      name: 'inside a config object',
      code: "export const config = {\n  sessionSecret: process.env.SESSION_SECRET || 'sh0p-s3ss10n-k3y-2019',\n};\n",
      errors: [{ range: [1, 47, 1, 70] }],
      output: `export const config = {\n  sessionSecret: process.env.SESSION_SECRET || ${THROW('SESSION_SECRET')},\n};\n`,
      outputFiles: { '.env.example': 'PORT=\nSESSION_SECRET=\n' },
      files: { '.env.example': 'PORT=\n' },
    },
    {
      name: 'a bare word is a real value when it is the fallback',
      code: "const secret = process.env.JWT_SECRET || 'secret';\n",
      errors: [{ text: "'secret'" }],
    },
    {
      name: 'ternary on the variable',
      code: "const key = process.env.API_KEY ? process.env.API_KEY : 'k3y-123456';\n",
      errors: [{ text: "'k3y-123456'" }],
      output: `const key = process.env.API_KEY ? process.env.API_KEY : ${THROW('API_KEY')};\n`,
    },
    { name: 'import.meta.env', code: "const token = import.meta.env.VITE_API_TOKEN || 'tok-12345';\n", errors: [{ text: "'tok-12345'", message: /^VITE_API_TOKEN/ }] },
    { name: 'element access', code: "const pw = process.env['DB_PASSWORD'] || 'postgres123';\n", errors: [{ text: "'postgres123'", message: /^DB_PASSWORD/ }] },
    { name: 'a chain of reads', code: "const secret = process.env.JWT_SECRET || process.env.AUTH_SECRET || 'fallback-secret';\n", errors: [{ text: "'fallback-secret'" }] },
    { name: 'template literal fallback', code: 'const secret = process.env.JWT_SECRET ?? `dev-secret`;\n', errors: [{ text: '`dev-secret`' }] },
    { name: 'a provider token as the fallback is reported here (config/hardcoded-secret reports it too)', code: `const key = process.env.STRIPE_SECRET_KEY || '${FAKE.stripeLive}';\n`, errors: [{ text: `'${FAKE.stripeLive}'`, message: /^STRIPE_SECRET_KEY falls back to a hardcoded value \(sk_live_/ }] },
    { name: '??= on process.env', code: "process.env.SESSION_SECRET ??= 'dev-s3ss10n';\n", errors: [{ text: "'dev-s3ss10n'" }], output: `process.env.SESSION_SECRET ??= ${THROW('SESSION_SECRET')};\n` },
    { name: 'config lookup', code: "const secret = config.get('jwt.secret') || 'c0nfig-s3cret';\n", errors: [{ text: "'c0nfig-s3cret'", message: /^jwt\.secret/ }] },
    { name: 'parameter destructured from process.env', code: "export function settings({ API_TOKEN = 'tok-98765' } = process.env) { return API_TOKEN; }\n", errors: [{ text: "'tok-98765'" }], output: `export function settings({ API_TOKEN = ${THROW('API_TOKEN')} } = process.env) { return API_TOKEN; }\n` },
    { name: 'in a test file: information', code: "process.env.JWT_SECRET = process.env.JWT_SECRET || 'test-secret';\n", filename: 'test/setup.ts', errors: [{ text: "'test-secret'", severity: 'information' }] },
  ],
});

describe('config/secret-fallback and config/hardcoded-secret', () => {
  it('report a generic fallback once between them, and a provider-format fallback in both', async () => {
    const path = '/ws/src/config.ts';
    const code = `export const config = {\n  sessionSecret: process.env.SESSION_SECRET || 'sh0p-s3ss10n-k3y',\n  stripe: new Stripe(process.env.STRIPE || '${FAKE.stripeLive}'),\n  adminPassword: 'Adm1n!Shop#2019',\n  stripeKey: process.env.STRIPE_SECRET_KEY || '${FAKE.stripeLive}',\n};\n`;
    const { facts } = memoryWorkspace({ [path]: code });
    const { findings } = await analyzeFile(path, code, facts, { rules: [hardcodedSecret, secretFallback] });
    const summary = findings.map((finding) => `${finding.ruleId}@${finding.range.start.line}`).sort();
    // Line 4's live Stripe key is a leaked key (hardcoded-secret) and a fallback (secret-fallback).
    assert.deepEqual(summary, ['config/hardcoded-secret@2', 'config/hardcoded-secret@3', 'config/hardcoded-secret@4', 'config/secret-fallback@1', 'config/secret-fallback@4']);
  });

  it('the fix is not safe and never writes the value', async () => {
    const path = '/ws/src/config.ts';
    const code = "const secret = process.env.JWT_SECRET || 'dev-secret-value';\n";
    const { facts } = memoryWorkspace({ [path]: code });
    const { findings } = await analyzeFile(path, code, facts, { rules: [secretFallback] });
    const fix = findings[0]!.fixes[0]!;
    assert.equal(fix.safe, false);
    assert.ok(!fix.title.includes('dev-secret-value'));
    for (const change of fix.changes) for (const edit of change.edits) assert.ok(!edit.newText.includes('dev-secret-value'));
  });
});
