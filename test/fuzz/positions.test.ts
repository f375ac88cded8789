// Positions are right, not just in bounds: the same file with CRLF line endings, with a BOM,
// or with a U+2028 in a comment must produce the same findings on the same text. Metamorphic
// checks over every seed file that has findings.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile, type AnalysisResult } from '../../server/src/engine/analyze';
import { fileKindOf } from '../../server/src/engine/fileKinds';
import { Project } from '../../server/src/workspace/project';
import type { Finding } from '../../server/src/engine/types';
import { LspLines } from './helpers/positions';
import { decodeLikeTheCli, seedFiles, SEED_ROOTS, type SeedFile } from './helpers/corpus';

function rangeKey(finding: Finding, lineShift = 0): string {
  const { start, end } = finding.range;
  return `${finding.ruleId}@${start.line + lineShift}:${start.character}-${end.line + lineShift}:${end.character}`;
}

function coveredTexts(result: AnalysisResult, text: string): string[] {
  const lines = new LspLines(text);
  // A range that starts at the top of the file may cover a BOM the editor does not show: the same place.
  return result.findings.map((finding) => `${finding.ruleId}: ${lines.slice(finding.range).replace(/\r\n?/g, '\n').replace(/^\ufeff/, '')}`).sort();
}

function editKeys(result: AnalysisResult, path: string, lineShift = 0): string[] {
  return result.findings
    .flatMap((finding) => finding.fixes.flatMap((fix) => fix.changes.filter((change) => change.path === path && !change.createFile).flatMap((change) => change.edits)))
    .map((edit) => `${edit.range.start.line + lineShift}:${edit.range.start.character}-${edit.range.end.line + lineShift}:${edit.range.end.character}`)
    .sort();
}

describe('positions match the document as the editor shows it', () => {
  const projects = new Map<string, Project>();
  let seeds: Array<SeedFile & { text: string; result: AnalysisResult }>;

  before(async () => {
    for (const root of SEED_ROOTS) {
      const project = new Project({ root });
      await project.primeFacts(await project.listFiles());
      projects.set(root, project);
    }
    seeds = [];
    for (const seed of seedFiles()) {
      const text = decodeLikeTheCli(seed.bytes).replace(/\r\n?/g, '\n');
      const result = await analyzeFile(seed.path, text, projects.get(seed.root)!.index);
      if (result.findings.length > 0) seeds.push({ ...seed, text, result });
    }
    assert.ok(seeds.length >= 15, `seed files with findings: ${seeds.length}`);
    assert.ok(seeds.some((seed) => fileKindOf(seed.path) === 'yaml') && seeds.some((seed) => fileKindOf(seed.path) === 'packageJson'));
  });

  const analyze = (seed: SeedFile, text: string) => analyzeFile(seed.path, text, projects.get(seed.root)!.index);

  test('CRLF line endings: identical ranges and fix edits', async () => {
    for (const seed of seeds) {
      const crlf = await analyze(seed, seed.text.replace(/\n/g, '\r\n'));
      assert.deepEqual(crlf.findings.map((finding) => rangeKey(finding)).sort(), seed.result.findings.map((finding) => rangeKey(finding)).sort(), seed.relativePath);
      assert.deepEqual(editKeys(crlf, seed.path), editKeys(seed.result, seed.path), `${seed.relativePath} fix edits`);
    }
  });

  test('a UTF-8 BOM on disk: the CLI strips it, so ranges are unchanged', async () => {
    for (const seed of seeds) {
      const decoded = decodeLikeTheCli(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.text)]));
      const result = await analyze(seed, decoded);
      assert.deepEqual(result.findings.map((finding) => rangeKey(finding)).sort(), seed.result.findings.map((finding) => rangeKey(finding)).sort(), seed.relativePath);
    }
  });

  test('a BOM kept in the text (a client that does not strip it): every range still covers the same text', async () => {
    for (const seed of seeds) {
      const withBom = `\ufeff${seed.text}`;
      const result = await analyze(seed, withBom);
      assert.deepEqual(coveredTexts(result, withBom), coveredTexts(seed.result, seed.text), seed.relativePath);
    }
  });

  test('mixed line endings (\\n, \\r\\n, \\r): every range covers the same text', async () => {
    for (const seed of seeds) {
      let index = 0;
      const mixed = seed.text.replace(/\n/g, () => ['\n', '\r\n', '\r'][index++ % 3]!);
      const result = await analyze(seed, mixed);
      assert.deepEqual(coveredTexts(result, mixed), coveredTexts(seed.result, seed.text), seed.relativePath);
    }
  });

  test('U+2028 / U+2029 in a leading comment are not line breaks for the editor: ranges and edits shift by exactly one line', async () => {
    for (const seed of seeds) {
      const kind = fileKindOf(seed.path);
      if (kind !== 'script' && kind !== 'yaml') continue;
      const comment = kind === 'script' ? '// note\u2028still this comment\u2029and this one\n' : '# note\u2028still this comment\u2029and this one\n';
      const result = await analyze(seed, comment + seed.text);
      assert.deepEqual(result.findings.map((finding) => rangeKey(finding)).sort(), seed.result.findings.map((finding) => rangeKey(finding, 1)).sort(), seed.relativePath);
      assert.deepEqual(editKeys(result, seed.path), editKeys(seed.result, seed.path, 1), `${seed.relativePath} fix edits`);
    }
  });

  test('suppression comments still apply after a U+2028 earlier in the file', async () => {
    const seed = seeds.find((candidate) => fileKindOf(candidate.path) === 'script' && candidate.result.findings.length > 0)!;
    const target = seed.result.findings[0]!;
    const lines = seed.text.split('\n');
    lines.splice(target.range.start.line, 0, `// twelve-factor-disable-next-line ${target.ruleId}`);
    const suppressed = `// a\u2028b\n${lines.join('\n')}`;
    const result = await analyze(seed, suppressed);
    assert.ok(!result.findings.some((finding) => finding.ruleId === target.ruleId && finding.range.start.line === target.range.start.line + 2), `${target.ruleId} on the line after the directive is suppressed`);
  });
});
