// Deterministic generator of realistic Node/TypeScript service trees for benchmarks:
// routes, services, config, db, logging and tests, files of 50 to 3,000 lines, with
// twelve-factor violations planted at a low, realistic rate. Same seed → same bytes.
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';

/** mulberry32: tiny, fast, good enough for reproducible synthetic code. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES = ['user', 'order', 'invoice', 'product', 'cart', 'payment', 'shipment', 'review', 'coupon', 'account', 'session', 'report', 'tenant', 'webhook', 'notification'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** A plausible function body of roughly `lines` lines. */
function serviceFunction(random: Random, entity: string, index: number, lines: number): string {
  const Entity = capitalise(entity);
  const body: string[] = [
    `export async function process${Entity}${index}(input: ${Entity}Input, deps: Dependencies): Promise<${Entity}Result> {`,
    `  const started = Date.now();`,
    `  if (!input.id) {`,
    `    throw new ValidationError('${entity} id is required');`,
    `  }`,
  ];
  while (body.length < lines - 3) {
    const choice = random();
    if (choice < 0.25) body.push(`  const ${entity}${body.length} = await deps.repository.find${Entity}ById(input.id);`, `  if (!${entity}${body.length - 1}) return { ok: false, reason: 'not-found' };`);
    else if (choice < 0.45) body.push(`  const total${body.length} = input.items.reduce((sum, item) => sum + item.price * item.quantity, 0);`);
    else if (choice < 0.6) body.push(`  deps.logger.info({ ${entity}Id: input.id, step: ${body.length} }, 'processing ${entity}');`);
    else if (choice < 0.75) body.push(`  for (const item of input.items) {`, `    if (item.quantity <= 0) continue;`, `    await deps.events.publish('${entity}.item', { id: item.id, at: new Date().toISOString() });`, `  }`);
    else if (choice < 0.9) body.push(`  const label${body.length} = \`${entity}-\${input.id}-\${started % 1000}\`;`);
    else body.push(`  // Keep the ${entity} cache warm for the next request in this process.`, `  await deps.cache.touch(\`${entity}:\${input.id}\`);`);
  }
  body.push(`  return { ok: true, durationMs: Date.now() - started };`, `}`, '');
  return body.join('\n');
}

function serviceFile(random: Random, entity: string, targetLines: number): string {
  const Entity = capitalise(entity);
  const header = [
    `import { ValidationError } from '../errors';`,
    `import type { Dependencies } from '../types';`,
    '',
    `export interface ${Entity}Input { id: string; items: Array<{ id: string; price: number; quantity: number }> }`,
    `export type ${Entity}Result = { ok: true; durationMs: number } | { ok: false; reason: string };`,
    '',
  ];
  const parts = [header.join('\n')];
  let lines = header.length;
  let index = 0;
  while (lines < targetLines) {
    const size = Math.min(20 + Math.floor(random() * 60), targetLines - lines + 5);
    parts.push(serviceFunction(random, entity, index++, size));
    lines += size;
  }
  return parts.join('\n');
}

function routeFile(random: Random, entity: string, targetLines: number): string {
  const out = [`import { Router } from 'express';`, `import { process${capitalise(entity)}0 } from '../services/${entity}';`, '', 'export const router = Router();', ''];
  let index = 0;
  while (out.length < targetLines) {
    const verb = pick(random, ['get', 'post', 'put', 'delete']);
    out.push(
      `router.${verb}('/${entity}s/:id/part${index++}', async (req, res, next) => {`,
      '  try {',
      `    const result = await process${capitalise(entity)}0({ id: req.params.id, items: req.body?.items ?? [] }, req.app.locals.deps);`,
      '    res.status(result.ok ? 200 : 404).json(result);',
      '  } catch (error) {',
      '    next(error);',
      '  }',
      '});',
      '',
    );
  }
  return out.join('\n');
}

function testFile(random: Random, entity: string, targetLines: number): string {
  const out = [`import { describe, it, expect } from 'vitest';`, `import { process${capitalise(entity)}0 } from '../src/services/${entity}';`, '', `describe('${entity}', () => {`];
  let index = 0;
  while (out.length < targetLines) {
    out.push(`  it('handles case ${index++}', async () => {`, `    const result = await process${capitalise(entity)}0({ id: '${Math.floor(random() * 1e6)}', items: [] }, fakeDeps());`, '    expect(result.ok).toBe(true);', '  });');
  }
  out.push('});', '');
  return out.join('\n');
}

/** The planted violations: realistic lines, each tripping one rule. */
const VIOLATIONS: Array<(random: Random) => string> = [
  () => `export const stripeSecretKey = 'sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}';\n`,
  () => `import express from 'express';\nconst app = express();\napp.listen(3000);\n`,
  () => `import winston from 'winston';\nexport const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });\n`,
  () => `export const databaseUrl = 'postgres://app:hunter2secret@10.0.3.4:5432/shop';\n`,
  () => `import fs from 'node:fs';\nexport function audit(line: string) { fs.appendFileSync('logs/audit.log', line + '\\n'); }\n`,
  () => `import { execSync } from 'node:child_process';\nexport const thumbnail = (file: string) => execSync(\`convert \${file} -resize 200x200 out.png\`);\n`,
  () => `process.on('uncaughtException', (error) => { console.error('ignored', error); });\n`,
  () => `export const jwtSecret = process.env.JWT_SECRET || 'super-secret-signing-key-2024';\n`,
];

/** A service module of about `lines` lines with a couple of planted violations (for single-file timings). */
export function generateServiceText(random: Random, lines: number): string {
  const planted = VIOLATIONS.slice(0, 2).map((violation) => violation(random)).join('\n');
  return `${serviceFile(random, pick(random, ENTITIES), lines - 6)}\n${planted}`;
}

export interface TreeStats {
  files: number;
  lines: number;
  planted: number;
}

/** Writes a tree of `fileCount` files under `dir` (replacing it). */
export function generateTree(dir: string, fileCount: number, seed = 12): TreeStats {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  const random = seededRandom(seed);
  const stats: TreeStats = { files: 0, lines: 0, planted: 0 };
  const write = (relative: string, text: string) => {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    stats.files++;
    stats.lines += text.split('\n').length;
  };
  write('package.json', JSON.stringify({ name: 'bench-service', version: '1.0.0', dependencies: { express: '^4.19.2', winston: '^3.13.0', pg: '^8.11.0' }, devDependencies: { vitest: '^1.6.0' } }, null, 2) + '\n');
  write('package-lock.json', '{}\n');
  write('.gitignore', 'node_modules/\n.env\n');
  write('src/errors.ts', 'export class ValidationError extends Error {}\n');
  write('src/types.ts', 'export interface Dependencies { repository: any; logger: any; events: any; cache: any }\n');
  while (stats.files < fileCount) {
    const entity = pick(random, ENTITIES);
    // Mostly small and medium files, a long tail up to 3,000 lines.
    const roll = random();
    const lines = roll < 0.6 ? 50 + Math.floor(random() * 200) : roll < 0.95 ? 250 + Math.floor(random() * 600) : 900 + Math.floor(random() * 2100);
    const kind = random();
    const n = stats.files;
    let text: string;
    let relative: string;
    if (kind < 0.45) {
      relative = `src/services/${entity}/${entity}-${n}.ts`;
      text = serviceFile(random, entity, lines);
    } else if (kind < 0.7) {
      relative = `src/routes/${entity}-${n}.ts`;
      text = routeFile(random, entity, lines);
    } else {
      relative = `test/${entity}-${n}.test.ts`;
      text = testFile(random, entity, Math.min(lines, 400));
    }
    if (random() < 0.02) {
      text += '\n' + pick(random, VIOLATIONS)(random);
      stats.planted++;
    }
    write(relative, text);
  }
  return stats;
}
