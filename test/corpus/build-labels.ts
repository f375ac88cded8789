// Regenerates labels.json from anchors.txt: each anchor names a finding that SHOULD be
// reported by a unique substring of the line it starts on, so the labels survive edits to
// the corpus files. Run: `npx tsx test/corpus/build-labels.ts` (fails on missing or
// ambiguous anchors).
//
// anchors.txt format, one label per line, `|`-separated:
//   file | ruleId | anchor | alt anchors (`;`-separated, or +N/-N relative lines) | flags
// `@1` as an anchor means line 1. Flags: `optional` (either reporting it or not is fine:
// never a FN, a finding on it is neutral) and `info` (optional, but only acceptable at
// `information`/`hint` severity: a finding at warning/error on it counts as a FP).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Label {
  file: string;
  line: number;
  ruleId: string;
  altLines?: number[];
  optional?: true;
  maxSeverity?: 'information';
}

const CORPUS = __dirname;
const PROJECTS = join(CORPUS, 'projects');

function lineOf(file: string, lines: readonly string[], anchor: string, base: number | undefined): number {
  if (anchor === '@1') return 1;
  if (/^[+-]\d+$/.test(anchor)) {
    if (base === undefined) throw new Error(`${file}: relative anchor ${anchor} without a base`);
    return base + Number(anchor);
  }
  const hits = lines.flatMap((text, index) => (text.includes(anchor) ? [index + 1] : []));
  if (hits.length !== 1) throw new Error(`${file}: anchor ${JSON.stringify(anchor)} matches ${hits.length} lines`);
  return hits[0];
}

export function buildLabels(): Label[] {
  const labels: Label[] = [];
  const source = readFileSync(join(CORPUS, 'anchors.txt'), 'utf8');
  for (const raw of source.split('\n')) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const [file, ruleId, anchor, alts = '', flags = ''] = raw.split(/\s\|(?=\s|$)/).map((part) => part.trim());
    if (!file || !ruleId || !anchor) throw new Error(`bad anchor line: ${raw}`);
    const lines = readFileSync(join(PROJECTS, file), 'utf8').split('\n');
    const line = lineOf(file, lines, anchor, undefined);
    const label: Label = { file, line, ruleId };
    const altLines = alts
      .split(';')
      .map((alt) => alt.trim())
      .filter((alt) => alt !== '')
      .map((alt) => lineOf(file, lines, alt, line))
      .filter((alt) => alt !== line);
    if (altLines.length > 0) label.altLines = [...new Set(altLines)];
    const flagSet = new Set(flags.split(',').map((flag) => flag.trim()).filter(Boolean));
    if (flagSet.has('optional') || flagSet.has('info')) label.optional = true;
    if (flagSet.has('info')) label.maxSeverity = 'information';
    labels.push(label);
  }
  return labels;
}

if (require.main === module) {
  const labels = buildLabels();
  writeFileSync(join(CORPUS, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');
  console.log(`labels.json: ${labels.length} labels (${labels.filter((l) => !l.optional).length} required)`);
}
