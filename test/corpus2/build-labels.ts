// Resolves labels.src.txt (rule @@ file @@ anchor @@ flags) into labels.json with 1-based lines.
// Each anchor must match exactly one line of its file; `@N` means line N, `=text` a whole (trimmed) line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RULES: Record<string, string> = {
  xa: 'codebase/cross-app-import', ui: 'dependencies/undeclared-import', st: 'dependencies/system-tool',
  uv: 'dependencies/unpinned-version', ml: 'dependencies/missing-lockfile', hs: 'config/hardcoded-secret',
  sf: 'config/secret-fallback', eb: 'config/env-name-branching', ce: 'config/committed-env-file',
  hu: 'backing-services/hardcoded-url', rb: 'build-release-run/runtime-build', ss: 'build-release-run/start-script-builds',
  is: 'processes/in-memory-session', ms: 'processes/module-state', lf: 'processes/local-filesystem-storage',
  hp: 'port-binding/hardcoded-port', lo: 'port-binding/loopback-only', pf: 'concurrency/pid-file',
  sd: 'concurrency/self-daemonize', gs: 'disposability/no-graceful-shutdown', sw: 'disposability/swallowed-fatal-error',
  dv: 'dev-prod-parity/divergent-backing-service', ft: 'logs/file-transport', mw: 'logs/manual-file-write',
  mb: 'admin-processes/migrate-on-boot',
};

interface OutLabel { file: string; line: number; ruleId: string; optional?: true; altLines?: number[]; maxSeverity?: 'information' }

const root = __dirname;
const fileCache = new Map<string, string[]>();
function lineOf(file: string, anchor: string): number {
  if (/^@\d+$/.test(anchor)) return Number(anchor.slice(1)); // `@N`: line N (for lines that repeat verbatim)
  let lines = fileCache.get(file);
  if (lines === undefined) {
    lines = readFileSync(join(root, 'projects', file), 'utf8').split('\n');
    fileCache.set(file, lines);
  }
  const exact = anchor.startsWith('=') ? anchor.slice(1) : undefined; // `=text`: the trimmed line equals text
  const hits = lines.flatMap((text, i) => ((exact !== undefined ? text.trim() === exact : text.includes(anchor)) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${file}: anchor ${JSON.stringify(anchor)} matches ${hits.length} lines`);
  return hits[0];
}

const out: OutLabel[] = [];
for (const raw of readFileSync(join(root, 'labels.src.txt'), 'utf8').split('\n')) {
  if (raw.trim() === '' || raw.startsWith('#')) continue;
  const [key, file, anchor, flags = ''] = raw.split(' @@ ');
  const ruleId = RULES[key.trim()];
  if (ruleId === undefined || file === undefined || anchor === undefined) throw new Error(`bad line: ${raw}`);
  const label: OutLabel = { file: file.trim(), line: lineOf(file.trim(), anchor), ruleId };
  const altMatch = /alt=(.*)$/.exec(flags);
  const words = flags.replace(/alt=.*$/, '').split(/\s+/).filter(Boolean);
  if (words.includes('opt')) label.optional = true;
  if (words.includes('info')) label.maxSeverity = 'information';
  if (altMatch) label.altLines = altMatch[1].split('|').map((a) => lineOf(label.file, a));
  out.push(label);
}
writeFileSync(join(root, 'labels.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${out.length} labels (${out.filter((l) => !l.optional).length} required)`);
