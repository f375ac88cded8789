// Range checks against the document as an editor sees it. LSP (and VS Code) break lines at
// \n, \r\n and \r only — not at U+2028/U+2029, which JavaScript and TypeScript's own line map
// treat as line breaks. Every range the tool reports must be valid under LSP's rule.

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** Line start offsets and lengths (without the terminator) under LSP's line-break rule. */
export class LspLines {
  readonly starts: number[] = [0];
  readonly lengths: number[] = [];

  constructor(readonly text: string) {
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) {
        this.lengths.push(i - lineStart);
        if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
        lineStart = i + 1;
        this.starts.push(lineStart);
      }
    }
    this.lengths.push(text.length - lineStart);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  offsetAt(position: LspPosition): number {
    return this.starts[position.line]! + position.character;
  }

  /** The text a range covers (assumes the range is valid). */
  slice(range: LspRange): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): LspPosition {
    let line = 0;
    while (line + 1 < this.starts.length && this.starts[line + 1]! <= offset) line++;
    return { line, character: offset - this.starts[line]! };
  }
}

function positionProblem(lines: LspLines, position: LspPosition, what: string): string | undefined {
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0) {
    return `${what} ${JSON.stringify(position)} is not a pair of non-negative integers`;
  }
  if (position.line >= lines.lineCount) return `${what} line ${position.line} is past the last line (${lines.lineCount - 1})`;
  const length = lines.lengths[position.line]!;
  if (position.character > length) return `${what} ${position.line}:${position.character} is past the end of its line (length ${length})`;
  return undefined;
}

/** Why a range is invalid for `lines`, or undefined when it is fine. */
export function rangeProblem(lines: LspLines, range: LspRange): string | undefined {
  const problem = positionProblem(lines, range.start, 'start') ?? positionProblem(lines, range.end, 'end');
  if (problem) return problem;
  if (lines.offsetAt(range.end) < lines.offsetAt(range.start)) return `end ${range.end.line}:${range.end.character} is before start ${range.start.line}:${range.start.character}`;
  return undefined;
}
