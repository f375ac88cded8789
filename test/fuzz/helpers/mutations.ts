// Byte-level mutations of real source files. Bytes, not strings: truncation in the middle of
// a multi-byte character, lone continuation bytes and BOMs only exist at the byte level, and
// the CLI and the server's workspace scan read bytes from disk.
import type { SeededRandom } from './random';

export interface MutatedInput {
  /** What was done, for the failure message (with the seed it reproduces the input). */
  description: string;
  bytes: Buffer;
}

type Mutator = (input: Buffer, random: SeededRandom) => MutatedInput;

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
/** U+2028 / U+2029: JavaScript (and TypeScript's line map) break lines there; LSP and VS Code do not. */
const LINE_SEPARATOR = Buffer.from('\u2028', 'utf8');
const PARAGRAPH_SEPARATOR = Buffer.from('\u2029', 'utf8');
const INVALID_UTF8_SEQUENCES = [
  [0xff],
  [0xfe],
  [0xc3], // a lead byte without its continuation
  [0x80], // a continuation byte without its lead
  [0xc0, 0xaf], // overlong '/'
  [0xed, 0xa0, 0x80], // an encoded UTF-16 surrogate
  [0xf4, 0x90, 0x80, 0x80], // beyond U+10FFFF
].map((bytes) => Buffer.from(bytes));

function insertAt(input: Buffer, offset: number, insert: Buffer): Buffer {
  return Buffer.concat([input.subarray(0, offset), insert, input.subarray(offset)]);
}

function insertRandomly(input: Buffer, random: SeededRandom, count: number, choose: () => Buffer): { bytes: Buffer; offsets: number[] } {
  let bytes = input;
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = random.below(bytes.length + 1);
    offsets.push(offset);
    bytes = insertAt(bytes, offset, choose());
  }
  return { bytes, offsets };
}

function lineEndings(input: Buffer, choose: () => string): Buffer {
  const text = input.toString('latin1'); // byte-preserving: only 0x0a is touched
  return Buffer.from(text.replace(/\r?\n/g, () => choose()), 'latin1');
}

export const MUTATORS: Record<string, Mutator> = {
  truncate(input, random) {
    const at = random.below(input.length);
    return { description: `truncated at byte ${at}`, bytes: input.subarray(0, at) };
  },
  byteEdits(input, random) {
    const count = 1 + random.below(8);
    let result: Buffer = Buffer.from(input);
    const done: string[] = [];
    for (let i = 0; i < count; i++) {
      const offset = random.below(result.length);
      const operation = random.below(3);
      const value = random.below(256);
      if (operation === 0 && result.length > 0) {
        result[offset] = value;
        done.push(`set@${offset}=${value}`);
      } else if (operation === 1) {
        result = insertAt(result, offset, Buffer.from([value]));
        done.push(`ins@${offset}=${value}`);
      } else if (result.length > 0) {
        result = Buffer.concat([result.subarray(0, offset), result.subarray(offset + 1)]);
        done.push(`del@${offset}`);
      }
    }
    return { description: `byte edits ${done.join(',')}`, bytes: result };
  },
  unbalancedBrackets(input, random) {
    const brackets = ['{', '}', '(', ')', '[', ']', '<', '>', '${', '/*'];
    const { bytes, offsets } = insertRandomly(input, random, 1 + random.below(6), () => Buffer.from(random.pick(brackets)));
    return { description: `brackets inserted at ${offsets.join(',')}`, bytes };
  },
  unterminatedString(input, random) {
    const openers = ["'", '"', '`', '`${', '/', "'\\", '"\\\n'];
    const opener = random.pick(openers);
    const { bytes, offsets } = insertRandomly(input, random, 1, () => Buffer.from(opener));
    return { description: `unterminated ${JSON.stringify(opener)} at ${offsets[0]}`, bytes };
  },
  nulBytes(input, random) {
    const { bytes, offsets } = insertRandomly(input, random, 1 + random.below(4), () => Buffer.from([0]));
    return { description: `NUL bytes at ${offsets.join(',')}`, bytes };
  },
  invalidUtf8(input, random) {
    const { bytes, offsets } = insertRandomly(input, random, 1 + random.below(4), () => random.pick(INVALID_UTF8_SEQUENCES));
    return { description: `invalid UTF-8 at ${offsets.join(',')}`, bytes };
  },
  bom(input, random) {
    const variant = random.below(3);
    if (variant === 0) return { description: 'UTF-8 BOM', bytes: Buffer.concat([UTF8_BOM, input]) };
    if (variant === 1) return { description: 'two UTF-8 BOMs', bytes: Buffer.concat([UTF8_BOM, UTF8_BOM, input]) };
    return { description: 'UTF-16LE BOM on UTF-8 text', bytes: Buffer.concat([UTF16LE_BOM, input]) };
  },
  crlf(input) {
    return { description: 'CRLF line endings', bytes: lineEndings(input, () => '\r\n') };
  },
  mixedLineEndings(input, random) {
    return { description: 'mixed \\n, \\r\\n and \\r line endings', bytes: lineEndings(input, () => random.pick(['\n', '\r\n', '\r'])) };
  },
  unicodeLineSeparators(input, random) {
    const { bytes, offsets } = insertRandomly(input, random, 1 + random.below(3), () => (random.chance(0.5) ? LINE_SEPARATOR : PARAGRAPH_SEPARATOR));
    return { description: `U+2028/U+2029 at ${offsets.join(',')}`, bytes };
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** One to three stacked mutations (a truncated CRLF file with a NUL byte is a realistic mess). */
export function mutate(input: Buffer, random: SeededRandom): MutatedInput {
  const steps = 1 + random.below(3);
  let bytes = input;
  const descriptions: string[] = [];
  for (let i = 0; i < steps; i++) {
    const name = random.pick(MUTATOR_NAMES);
    const result = MUTATORS[name]!(bytes, random);
    bytes = result.bytes;
    descriptions.push(result.description);
  }
  return { description: descriptions.join(' + '), bytes };
}

export const NESTING_DEPTH = 10_000;
export const HUGE_STRING_BYTES = 5 * 1024 * 1024;

/**
 * Hand-made extremes for a file kind: inputs that break naive recursive parsers or
 * quadratic scanners. Each is built once; they are large, so suites run them once each.
 */
export function extremeInputs(kind: 'script' | 'yaml' | 'json'): MutatedInput[] {
  const depth = NESTING_DEPTH;
  const text = (description: string, value: string): MutatedInput => ({ description, bytes: Buffer.from(value, 'utf8') });
  const hugeString = 'x'.repeat(HUGE_STRING_BYTES);
  if (kind === 'script') {
    return [
      text(`${depth}-deep arrays`, `const value = ${'['.repeat(depth)}${']'.repeat(depth)};\n`),
      text(`${depth}-deep parentheses`, `const value = ${'('.repeat(depth)}1${')'.repeat(depth)};\n`),
      text(`${depth}-deep unclosed objects`, `const value = ${'{ a: '.repeat(depth)}\n`),
      text(`${depth}-deep nested functions`, `${'function f() {\n'.repeat(depth)}${'}\n'.repeat(depth)}`),
      text(`${depth}-deep binary expression`, `const value = 1${' + 1'.repeat(depth * 5)};\n`),
      text(`${depth}-deep template substitutions`, `const value = ${'`${'.repeat(depth)}${'}`'.repeat(depth)};\n`),
      text('5 MB single-line string literal', `const blob = '${hugeString}';\napp.listen(3000);\n`),
      text('5 MB single line of code', `${'a=1;'.repeat(HUGE_STRING_BYTES / 4)}\n`),
      text('5 MB unterminated template', `const t = \`${hugeString}`),
    ];
  }
  if (kind === 'yaml') {
    return [
      text(`${depth}-deep flow sequences`, `key: ${'['.repeat(depth)}${']'.repeat(depth)}\n`),
      text(`${depth}-deep unclosed flow mappings`, `key: ${'{ a: '.repeat(depth)}\n`),
      text(`${depth}-deep block mappings`, Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
      text('5 MB single-line scalar', `services:\n  app:\n    environment:\n      BLOB: ${hugeString}\n`),
      text('many anchors and aliases (billion laughs)', billionLaughs()),
    ];
  }
  return [
    text(`${depth}-deep arrays`, `{"name":"x","dependencies":${'['.repeat(depth)}${']'.repeat(depth)}}\n`),
    text(`${depth}-deep objects, unclosed`, `{"name":"x","dependencies":${'{"a":'.repeat(depth)}\n`),
    text('5 MB single-line string', `{"name":"x","description":"${hugeString}","dependencies":{"left-pad":"*"}}\n`),
  ];
}

/** The classic YAML alias bomb: a few hundred bytes that expand to millions of nodes if resolved naively. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(96 + level);
    const current = String.fromCharCode(97 + level);
    lines.push(`${current}: &${current} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
  }
  lines.push('environment:\n  PASSWORD: *i');
  return `${lines.join('\n')}\n`;
}
