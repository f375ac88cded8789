// Builders for the text edits fixes are made of, including edits to files other than the
// one analysed (.env.example, .gitignore, package.json). They read those files only through
// WorkspaceFacts.textOf, so the engine stays free of disk access.
import ts = require('typescript');
import { LineIndex } from './lineIndex';
import type { DependencySection, FileChange, PackageInfo, Range, TextEdit, WorkspaceFacts } from './types';
import { dirName, pathBelow } from './fileKinds';

export function replaceRange(range: Range, newText: string): TextEdit {
  return { range, newText };
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/**
 * Appends a line to a small project file, creating it when missing. Returns undefined when
 * an equivalent line is already there (`isPresent` decides what "equivalent" means).
 */
export function appendLineChange(facts: WorkspaceFacts, path: string, line: string, isPresent: (existingLine: string) => boolean): FileChange | undefined {
  const text = facts.textOf(path);
  if (text === undefined) return { path, createFile: true, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${line}\n` }] };
  if (text.split(/\r?\n/).some((existing) => isPresent(existing.trim()))) return undefined;
  const index = new LineIndex(text);
  const end = index.endPosition();
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const needsLeadingNewline = text.length > 0 && !text.endsWith('\n');
  return { path, edits: [{ range: { start: end, end }, newText: `${needsLeadingNewline ? newline : ''}${line}${newline}` }] };
}

/** Where a file's env template lives: beside the nearest package.json, else at the workspace root. */
export function envExamplePath(facts: WorkspaceFacts, filePath: string): string {
  const pkg = facts.packageFor(filePath);
  return joinPath(pkg?.dir ?? facts.root, '.env.example');
}

/** `NAME=` (never the value) in .env.example, unless NAME is already documented there. */
export function envExampleChange(facts: WorkspaceFacts, filePath: string, variableName: string): FileChange | undefined {
  return appendLineChange(facts, envExamplePath(facts, filePath), `${variableName}=`, (line) => line.startsWith(`${variableName}=`) || line === variableName);
}

export function gitignorePath(facts: WorkspaceFacts): string {
  return joinPath(facts.gitRoot, '.gitignore');
}

/** Adds an entry to the repository's .gitignore unless it is already listed. */
export function gitignoreChange(facts: WorkspaceFacts, entry: string): FileChange | undefined {
  const bare = entry.replace(/^\//, '');
  return appendLineChange(facts, gitignorePath(facts), entry, (line) => line === entry || line === bare || line === `/${bare}`);
}

/** The path of `absPath` relative to the git root, in .gitignore syntax (`/apps/api/.env`). */
export function gitignoreEntryFor(facts: WorkspaceFacts, absPath: string): string {
  const relative = pathBelow(facts.gitRoot, absPath) ?? absPath;
  return relative.includes('/') ? `/${relative}` : relative;
}

/**
 * Declares a dependency in a package.json, keeping its formatting: a new property at the end
 * of "dependencies" (or `section`; created after the last top-level property when missing).
 */
export function addDependencyChange(facts: WorkspaceFacts, pkg: PackageInfo, name: string, versionRange: string, section: DependencySection = 'dependencies'): FileChange | undefined {
  const text = facts.textOf(pkg.manifestPath);
  if (text === undefined || pkg.malformed) return undefined;
  const json = ts.parseJsonText(pkg.manifestPath, text);
  const statement = json.statements[0];
  const root = statement && ts.isObjectLiteralExpression(statement.expression) ? statement.expression : undefined;
  if (!root) return undefined;
  // Editor positions: TypeScript's line map also breaks lines at U+2028/U+2029 (legal inside JSON strings).
  const lines = new LineIndex(text);
  const positionOf = (offset: number) => lines.positionAt(offset);
  const indentUnit = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(versionRange)}`;

  const dependencies = root.properties.find((property) => property.name && ts.isStringLiteral(property.name) && property.name.text === section);
  if (dependencies && ts.isPropertyAssignment(dependencies) && ts.isObjectLiteralExpression(dependencies.initializer)) {
    const object = dependencies.initializer;
    const last = object.properties[object.properties.length - 1];
    if (last) {
      const at = positionOf(last.getEnd());
      return { path: pkg.manifestPath, edits: [{ range: { start: at, end: at }, newText: `,${newline}${indentUnit}${indentUnit}${entry}` }] };
    }
    const at = positionOf(object.getStart(json) + 1);
    const closing = positionOf(object.getEnd() - 1);
    return { path: pkg.manifestPath, edits: [{ range: { start: at, end: closing }, newText: `${newline}${indentUnit}${indentUnit}${entry}${newline}${indentUnit}` }] };
  }
  const lastTopLevel = root.properties[root.properties.length - 1];
  if (lastTopLevel) {
    const at = positionOf(lastTopLevel.getEnd());
    return { path: pkg.manifestPath, edits: [{ range: { start: at, end: at }, newText: `,${newline}${indentUnit}${JSON.stringify(section)}: {${newline}${indentUnit}${indentUnit}${entry}${newline}${indentUnit}}` }] };
  }
  const at = positionOf(root.getStart(json) + 1);
  const closing = positionOf(root.getEnd() - 1);
  return { path: pkg.manifestPath, edits: [{ range: { start: at, end: closing }, newText: `${newline}${indentUnit}${JSON.stringify(section)}: {${newline}${indentUnit}${indentUnit}${entry}${newline}${indentUnit}}${newline}` }] };
}

/**
 * Declares several dependencies in ONE change of a package.json (a fix's changes are applied
 * per file, and two separate "create the dependencies section" edits would collide). The
 * packages are added in order, each on its own line, formatted like addDependencyChange.
 */
export function addDependenciesChange(facts: WorkspaceFacts, pkg: PackageInfo, packages: ReadonlyArray<readonly [name: string, versionRange: string]>, section: DependencySection = 'dependencies'): FileChange | undefined {
  const [first, ...rest] = packages;
  if (!first) return undefined;
  const change = addDependencyChange(facts, pkg, first[0], first[1], section);
  if (!change || rest.length === 0) return change;
  const firstEntry = `${JSON.stringify(first[0])}: ${JSON.stringify(first[1])}`;
  return {
    ...change,
    edits: change.edits.map((edit) => {
      // Every shape addDependencyChange produces puts the entry on its own indented line.
      const match = new RegExp(`(\\r?\\n)([ \\t]*)${firstEntry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(edit.newText);
      if (!match) return edit;
      const [, newline, indent] = match;
      const more = rest.map(([name, versionRange]) => `,${newline}${indent}${JSON.stringify(name)}: ${JSON.stringify(versionRange)}`).join('');
      const at = match.index + match[0].length;
      return { ...edit, newText: edit.newText.slice(0, at) + more + edit.newText.slice(at) };
    }),
  };
}

/** Drops the undefined entries a fix builder may produce when a file needs no change. */
export function changes(...list: Array<FileChange | undefined>): FileChange[] {
  return list.filter((change): change is FileChange => change !== undefined);
}

export { dirName };
