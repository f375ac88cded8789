// The catalog in ../shared/RULES.md is the contract: every rule exists under its id with its
// factor, default severity and fixability, and ships a test file and a doc page at the
// predictable paths (rules/<id>.ts, test/unit/rules/<id>.test.ts, docs/rules/<id>.md).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../server/src/engine/rules';

const ROOT = join(__dirname, '..', '..');
const CATALOG = join(ROOT, '..', 'shared', 'RULES.md');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

interface CatalogRow {
  id: string;
  factor: number;
  severity: string;
  fixable: boolean;
}

function readCatalog(): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const line of readFileSync(CATALOG, 'utf8').split('\n')) {
    const match = /^\| `([a-z-]+\/[a-z-]+)` \| ([IVX]+) \| (\w+) \|.*\| ([^|]*) \|$/.exec(line);
    if (!match) continue;
    rows.push({ id: match[1]!, factor: ROMAN.indexOf(match[2]!) + 1, severity: match[3]!, fixable: !/^none/.test(match[4]!.trim()) });
  }
  return rows;
}

describe('rule catalog', () => {
  it('has exactly the catalog rules with their factor, default severity and fixability', { skip: existsSync(CATALOG) ? false : 'no ../shared/RULES.md beside this checkout' }, () => {
    const catalog = readCatalog();
    assert.equal(catalog.length, 25);
    assert.deepEqual(
      ALL_RULES.map((rule) => ({ id: rule.meta.id, factor: rule.meta.factor, severity: rule.meta.defaultSeverity, fixable: rule.meta.fixable })).sort((a, b) => a.id.localeCompare(b.id)),
      catalog.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  for (const rule of ALL_RULES) {
    it(`${rule.meta.id} has its source, test and doc page at the predictable paths`, () => {
      assert.ok(existsSync(join(ROOT, 'server', 'src', 'engine', 'rules', `${rule.meta.id}.ts`)), 'rule source');
      assert.ok(existsSync(join(ROOT, 'test', 'unit', 'rules', `${rule.meta.id}.test.ts`)), 'rule test');
      const docPath = join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`);
      assert.ok(existsSync(docPath), 'doc page');
      const doc = readFileSync(docPath, 'utf8');
      for (const section of ['## Why', '## Bad', '## Good', '## Fix', '## Suppress']) assert.ok(doc.includes(section), `doc page has "${section}"`);
      assert.notEqual(rule.meta.title, rule.meta.id, 'a real title');
      assert.ok(rule.meta.description.length > 40, 'a real description');
    });
  }
});
