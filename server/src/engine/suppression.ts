import type { Finding } from './types';
import { LineIndex } from './lineIndex';

const DIRECTIVE = 'twelve-factor-disable';
const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

interface Directive {
  kind: 'file' | 'line' | 'next-line';
  line: number;
  /** Empty = every rule. */
  ruleIds: string[];
}

/**
 * Finds `twelve-factor-disable[-line|-next-line] [ids]` directives in comments (`//`, `/* *\/`
 * or `#`). Only the text at each occurrence of the marker is read, so files without it cost
 * one indexOf.
 */
export function findDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  let lines: LineIndex | undefined;
  let from = 0;
  for (;;) {
    const at = text.indexOf(DIRECTIVE, from);
    if (at === -1) break;
    from = at + DIRECTIVE.length;
    const lineStart = Math.max(text.lastIndexOf('\n', at) + 1, 0);
    const before = text.slice(lineStart, at);
    const commentOpener = /(\/\/|\/\*|#)\s*$/.exec(before);
    if (!commentOpener) continue;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    let rest = text.slice(at + DIRECTIVE.length, lineEnd);
    let kind: Directive['kind'];
    if (rest.startsWith('-next-line')) {
      kind = 'next-line';
      rest = rest.slice('-next-line'.length);
    } else if (rest.startsWith('-line')) {
      kind = 'line';
      rest = rest.slice('-line'.length);
    } else if (rest === '' || /^[\s*]/.test(rest)) {
      kind = 'file';
    } else {
      continue;
    }
    const closing = rest.indexOf('*/');
    if (closing !== -1) rest = rest.slice(0, closing);
    // ESLint style: `-- reason` after the ids is a free-text justification.
    const justification = rest.indexOf('--');
    if (justification !== -1) rest = rest.slice(0, justification);
    const ruleIds = rest.split(/[\s,]+/).filter((word) => RULE_ID.test(word));
    lines ??= new LineIndex(text);
    directives.push({ kind, line: lines.positionAt(at).line, ruleIds });
  }
  return directives;
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

export function applySuppressions(findings: Finding[], text: string): Finding[] {
  if (findings.length === 0 || !text.includes(DIRECTIVE)) return findings;
  const directives = findDirectives(text);
  if (directives.length === 0) return findings;
  return findings.filter((finding) => {
    const line = finding.range.start.line;
    return !directives.some(
      (directive) =>
        covers(directive, finding.ruleId) &&
        (directive.kind === 'file' || (directive.kind === 'line' && directive.line === line) || (directive.kind === 'next-line' && directive.line + 1 === line)),
    );
  });
}
