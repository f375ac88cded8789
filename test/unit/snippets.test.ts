// Every contributed snippet, expanded the way VS Code inserts it when the user only presses Tab
// (placeholders keep their defaults, choices take the first option, variables get a value), must
// be valid code: TS snippets parse as TypeScript, JS snippets as JavaScript (no TS-only syntax),
// Procfile snippets are `type: command` lines. The expanded scripts must also pass our own
// engine: a snippet that teaches a factor must not trip the rule for it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { analyzeFile } from '../../server/src/engine/analyze';
import { memoryWorkspace } from '../helpers/memoryWorkspace';

const ROOT = join(__dirname, '..', '..');
const PROCFILE_LINE = /^[A-Za-z0-9_-]+: .+$/;

// ---------------------------------------------------------------------------------------------
// Snippet syntax (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar)
// ---------------------------------------------------------------------------------------------

type SnippetNode =
  | { kind: 'text'; value: string }
  /** `$1`, `${1}` (children undefined) or `${1:default}` (children = the default). */
  | { kind: 'tabstop'; index: number; children: SnippetNode[] | undefined }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; fallback: SnippetNode[] | undefined };

class SnippetSyntaxError extends Error {}

/** A recursive-descent parser for VS Code's snippet grammar, strict where VS Code is lenient. */
class SnippetParser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): SnippetNode[] {
    const nodes = this.parseSequence(false);
    if (this.position !== this.source.length) throw new SnippetSyntaxError(`Unexpected "${this.source[this.position]}" at ${this.position}`);
    return nodes;
  }

  /** Reads nodes up to the end of input, or up to an unescaped `}` when inside a placeholder. */
  private parseSequence(insidePlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flushText = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.position < this.source.length) {
      const char = this.source[this.position]!;
      const next = this.source[this.position + 1];
      if (char === '\\' && next !== undefined && '$}\\'.includes(next)) {
        text += next;
        this.position += 2;
      } else if (char === '}' && insidePlaceholder) {
        break;
      } else if (char === '$' && next !== undefined && /[0-9{_a-zA-Z]/.test(next)) {
        flushText();
        nodes.push(this.parseDollar());
      } else {
        text += char;
        this.position += 1;
      }
    }
    flushText();
    return nodes;
  }

  private parseDollar(): SnippetNode {
    this.position += 1; // `$`
    if (this.source[this.position] !== '{') {
      const index = this.readMatch(/^[0-9]+/);
      if (index !== undefined) return { kind: 'tabstop', index: Number(index), children: undefined };
      return { kind: 'variable', name: this.readRequired(/^[_a-zA-Z][_a-zA-Z0-9]*/, 'a variable name'), fallback: undefined };
    }
    this.position += 1; // `{`
    const index = this.readMatch(/^[0-9]+/);
    if (index !== undefined) {
      const separator = this.source[this.position];
      if (separator === '}') {
        this.position += 1;
        return { kind: 'tabstop', index: Number(index), children: undefined };
      }
      if (separator === ':') {
        this.position += 1;
        const children = this.parseSequence(true);
        this.expect('}');
        return { kind: 'tabstop', index: Number(index), children };
      }
      if (separator === '|') {
        this.position += 1;
        return { kind: 'choice', index: Number(index), options: this.parseChoiceOptions() };
      }
      throw new SnippetSyntaxError(`Unsupported construct after \${${index} at ${this.position} (transforms are not used in our snippets)`);
    }
    const name = this.readRequired(/^[_a-zA-Z][_a-zA-Z0-9]*/, 'a tabstop number or variable name');
    if (this.source[this.position] === '}') {
      this.position += 1;
      return { kind: 'variable', name, fallback: undefined };
    }
    if (this.source[this.position] === ':') {
      this.position += 1;
      const fallback = this.parseSequence(true);
      this.expect('}');
      return { kind: 'variable', name, fallback };
    }
    throw new SnippetSyntaxError(`Unsupported construct after \${${name} at ${this.position}`);
  }

  private parseChoiceOptions(): string[] {
    const options: string[] = [];
    let option = '';
    while (this.position < this.source.length) {
      const char = this.source[this.position]!;
      const next = this.source[this.position + 1];
      if (char === '\\' && next !== undefined && ',|\\$}'.includes(next)) {
        option += next;
        this.position += 2;
      } else if (char === ',') {
        options.push(option);
        option = '';
        this.position += 1;
      } else if (char === '|' && next === '}') {
        options.push(option);
        this.position += 2;
        return options;
      } else {
        option += char;
        this.position += 1;
      }
    }
    throw new SnippetSyntaxError('Unterminated choice');
  }

  private readMatch(pattern: RegExp): string | undefined {
    const match = pattern.exec(this.source.slice(this.position));
    if (!match) return undefined;
    this.position += match[0].length;
    return match[0];
  }

  private readRequired(pattern: RegExp, what: string): string {
    const value = this.readMatch(pattern);
    if (value === undefined) throw new SnippetSyntaxError(`Expected ${what} at ${this.position}`);
    return value;
  }

  private expect(char: string): void {
    if (this.source[this.position] !== char) throw new SnippetSyntaxError(`Expected "${char}" at ${this.position}`);
    this.position += 1;
  }
}

/** What VS Code would put in for each variable when the snippet is inserted into `fileName`. */
function variableValues(fileName: string): ReadonlyMap<string, string> {
  const base = fileName.replace(/^.*\//, '');
  return new Map([
    ['TM_FILENAME', base],
    ['TM_FILENAME_BASE', base.replace(/\.[^.]+$/, '')],
    ['TM_DIRECTORY', fileName.replace(/\/[^/]*$/, '')],
    ['TM_FILEPATH', fileName],
    ['RELATIVE_FILEPATH', fileName.replace(/^\/ws\//, '')],
    ['WORKSPACE_NAME', 'app'],
    ['TM_SELECTED_TEXT', ''],
    ['TM_CURRENT_LINE', ''],
    ['TM_CURRENT_WORD', ''],
    ['CLIPBOARD', ''],
    ['CURRENT_YEAR', '2025'],
  ]);
}

/**
 * Expands a snippet as inserted without typing: a placeholder's default also fills the bare
 * tabstops that mirror it (`${1:server}` … `$1`), a choice takes its first option, `$0` and
 * tabstops without a default are empty. An unknown variable is an error: VS Code would insert
 * its name, which is almost always a forgotten `\$` in the snippet.
 */
function expandSnippet(body: string, fileName: string): string {
  const nodes = new SnippetParser(body).parse();
  const variables = variableValues(fileName);
  const defaults = new Map<number, SnippetNode[] | string>();
  const collectDefaults = (sequence: SnippetNode[]): void => {
    for (const node of sequence) {
      if (node.kind === 'tabstop' && node.children) {
        if (!defaults.has(node.index)) defaults.set(node.index, node.children);
        collectDefaults(node.children);
      } else if (node.kind === 'choice' && !defaults.has(node.index)) {
        defaults.set(node.index, node.options[0] ?? '');
      } else if (node.kind === 'variable' && node.fallback) {
        collectDefaults(node.fallback);
      }
    }
  };
  collectDefaults(nodes);
  const render = (sequence: SnippetNode[], depth: number): string => {
    if (depth > 20) throw new SnippetSyntaxError('Placeholders mirror each other in a cycle');
    return sequence
      .map((node): string => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'choice':
            return node.options[0] ?? '';
          case 'tabstop': {
            const content = node.children ?? defaults.get(node.index) ?? '';
            return typeof content === 'string' ? content : render(content, depth + 1);
          }
          case 'variable': {
            const value = variables.get(node.name);
            if (value !== undefined) return value;
            if (node.fallback) return render(node.fallback, depth + 1);
            throw new SnippetSyntaxError(`Unknown snippet variable $${node.name}: escape a literal dollar as \\$`);
          }
        }
      })
      .join('');
  };
  return render(nodes, 0);
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/**
 * Syntax errors as the compiler reports them for this file kind. The program's syntactic
 * diagnostics include, for .js files, TypeScript-only syntax (annotations, `as`, interfaces),
 * which a bare parse accepts.
 */
function syntaxErrorsOf(fileName: string, text: string): string[] {
  const options: ts.CompilerOptions = { allowJs: true, noLib: true, noResolve: true, types: [], target: ts.ScriptTarget.Latest };
  const scriptKind = fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind);
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (requested) => (requested === fileName ? sourceFile : undefined);
  host.fileExists = (requested) => requested === fileName;
  host.readFile = (requested) => (requested === fileName ? text : undefined);
  const program = ts.createProgram({ rootNames: [fileName], options, host });
  return program.getSyntacticDiagnostics(sourceFile).map((diagnostic) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

interface SnippetContribution {
  language: string;
  path: string;
}

interface LoadedSnippet {
  file: string;
  name: string;
  language: string;
  definition: SnippetDefinition;
}

function snippetContributions(): SnippetContribution[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes?: { snippets?: SnippetContribution[] } };
  return manifest.contributes?.snippets ?? [];
}

function loadSnippets(): LoadedSnippet[] {
  const loaded: LoadedSnippet[] = [];
  for (const { language, path } of snippetContributions()) {
    const definitions = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, SnippetDefinition>;
    for (const [name, definition] of Object.entries(definitions)) loaded.push({ file: path, name, language, definition });
  }
  return loaded;
}

function bodyText(definition: SnippetDefinition): string {
  return Array.isArray(definition.body) ? definition.body.join('\n') : definition.body;
}

function prefixesOf(definition: SnippetDefinition): string[] {
  return Array.isArray(definition.prefix) ? definition.prefix : [definition.prefix];
}

/** The file a snippet is checked as: TS languages as .ts, JS languages as .js. */
function scriptFileFor(language: string): string | undefined {
  if (language === 'typescript' || language === 'typescriptreact') return '/ws/src/example.ts';
  if (language === 'javascript' || language === 'javascriptreact') return '/ws/src/example.js';
  return undefined;
}

describe('snippets', () => {
  const snippets = loadSnippets();

  it('are contributed for TS, JS (and their React variants) and Procfile', () => {
    const languages = new Set(snippetContributions().map((contribution) => contribution.language));
    for (const language of ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'procfile']) {
      assert.ok(languages.has(language), `snippets contributed for ${language}`);
    }
    assert.ok(snippets.length >= 10, 'the snippet files are read');
  });

  it('have tf- prefixes and descriptions that name the factor they teach', () => {
    for (const { file, name, definition } of snippets) {
      const prefixes = prefixesOf(definition);
      assert.ok(prefixes.length > 0, `${file}: "${name}" has a prefix`);
      for (const prefix of prefixes) assert.match(prefix, /^tf-[a-z-]+$/, `${file}: "${name}"`);
      assert.ok(definition.description && definition.description.length >= 40, `${file}: "${name}" has a description`);
      assert.match(definition.description, /Factors? [IVX]+/, `${file}: "${name}" names its factor`);
    }
  });

  it('offer the same snippets, under the same prefixes, in TypeScript and JavaScript', () => {
    const prefixesByFile = new Map<string, string[]>();
    for (const { file, definition } of snippets) {
      if (file.endsWith('procfile.json')) continue;
      prefixesByFile.set(file, [...(prefixesByFile.get(file) ?? []), ...prefixesOf(definition)]);
    }
    const [typescriptPrefixes, javascriptPrefixes] = ['snippets/typescript.json', 'snippets/javascript.json'].map((file) =>
      [...(prefixesByFile.get(file) ?? prefixesByFile.get(`./${file}`) ?? [])].sort(),
    );
    assert.ok(typescriptPrefixes && typescriptPrefixes.length > 0);
    assert.deepEqual(javascriptPrefixes, typescriptPrefixes);
    for (const prefix of ['tf-config', 'tf-sigterm', 'tf-port', 'tf-logger', 'tf-admin']) assert.ok(typescriptPrefixes.includes(prefix), prefix);
  });

  it('expand to code that parses: TypeScript for TS languages, plain JavaScript for JS languages', () => {
    for (const { file, name, language, definition } of snippets) {
      const fileName = scriptFileFor(language);
      if (!fileName) continue;
      const expanded = expandSnippet(bodyText(definition), fileName);
      assert.deepEqual(syntaxErrorsOf(fileName, expanded), [], `${file}: "${name}" as ${language}:\n${expanded}`);
    }
  });

  it('expand to Procfile lines of the form `type: command`', () => {
    const procfileSnippets = snippets.filter((snippet) => snippet.language === 'procfile');
    assert.ok(procfileSnippets.length >= 3);
    for (const { name, definition } of procfileSnippets) {
      const expanded = expandSnippet(bodyText(definition), '/ws/Procfile');
      for (const line of expanded.split('\n')) assert.match(line, PROCFILE_LINE, `"${name}"`);
    }
  });

  it('expand to code our own engine finds nothing in (shutdown handling present in the workspace)', async () => {
    const scriptSnippets = snippets.filter((snippet) => snippet.language === 'typescript' || snippet.language === 'javascript');
    const expandedByPath = new Map<string, string>();
    scriptSnippets.forEach(({ language, definition }, position) => {
      const path = `/ws/src/snippet${position}.${language === 'typescript' ? 'ts' : 'js'}`;
      expandedByPath.set(path, expandSnippet(bodyText(definition), path));
    });
    // The workspace holds every expanded snippet, as a project using them together would.
    const { facts } = memoryWorkspace(Object.fromEntries(expandedByPath));
    for (const [path, text] of expandedByPath) {
      const { findings } = await analyzeFile(path, text, facts);
      assert.deepEqual(
        findings.map((finding) => `${finding.ruleId} ${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.message}`),
        [],
        `${path}:\n${text}`,
      );
    }
  });

  it('need each other: tf-port alone is flagged for lacking the shutdown handling tf-sigterm adds', async () => {
    // The control for the check above: the engine does analyse these files and would report.
    const portSnippet = snippets.find((snippet) => snippet.language === 'typescript' && prefixesOf(snippet.definition).includes('tf-port'));
    assert.ok(portSnippet);
    const path = '/ws/src/server.ts';
    const text = expandSnippet(bodyText(portSnippet.definition), path);
    const { facts } = memoryWorkspace({ [path]: text });
    const { findings } = await analyzeFile(path, text, facts);
    assert.deepEqual(findings.map((finding) => finding.ruleId), ['disposability/no-graceful-shutdown']);
  });
});

// The checks above are only worth something if they can fail: these pin the expander and the
// syntax check on inputs with known answers.
describe('snippet checks themselves', () => {
  it('expand defaults, mirrors, choices, variables and escapes as VS Code inserts them', () => {
    assert.equal(
      expandSnippet('a ${1:srv} $1 ${2|info,debug|} \\$HOME \\} ${3:x${4:y}z} $4 $5 ${TM_FILENAME_BASE} ${UNSET:fallback}$0', '/ws/scripts/migrate.ts'),
      'a srv srv info $HOME } xyz y  migrate fallback',
    );
    assert.throws(() => expandSnippet('listen on $PORT', '/ws/src/a.ts'), /Unknown snippet variable \$PORT/);
    assert.throws(() => expandSnippet('${1:unterminated', '/ws/src/a.ts'), SnippetSyntaxError);
    assert.throws(() => expandSnippet('${1/(.*)/upper/}', '/ws/src/a.ts'), /transforms/);
  });

  it('report broken TypeScript, and TypeScript-only syntax in JavaScript', () => {
    assert.deepEqual(syntaxErrorsOf('/ws/src/a.ts', 'const port: number = Number(process.env.PORT ?? 3000);\n'), []);
    assert.notDeepEqual(syntaxErrorsOf('/ws/src/a.ts', 'const port = Number(process.env.PORT ?? 3000;\n'), []);
    assert.notDeepEqual(syntaxErrorsOf('/ws/src/a.js', 'const port: number = Number(process.env.PORT ?? 3000);\n'), []);
    assert.notDeepEqual(syntaxErrorsOf('/ws/src/a.js', 'const level = value as string;\n'), []);
  });

  it('reject Procfile lines without a command', () => {
    assert.doesNotMatch('web:', PROCFILE_LINE);
    assert.doesNotMatch('  web: node server.js', PROCFILE_LINE);
  });
});
