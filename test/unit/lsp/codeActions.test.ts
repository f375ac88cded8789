// The pure LSP mapping: suppression comments per language, workspace edits, fix-all selection.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canApply, commentStyleFor, disableFileEdit, disableLineEdit, fileChangesToWorkspaceEdit, fixToCodeAction, selectFixAllFixes, type EditTarget } from '../../../server/src/lsp/codeActions';
import { ServerCommands } from '../../../server/src/lsp/protocol';
import { parseSensitiveFixArguments, sensitiveFileText, splitSensitiveFix } from '../../../server/src/lsp/sensitiveFix';
import { findingToDiagnostic } from '../../../server/src/lsp/diagnostics';
import { readSettings, ruleOverridesFrom } from '../../../server/src/lsp/settings';
import { applyEdits } from '../../helpers/applyEdits';
import type { Finding, Fix } from '../../../server/src/engine/types';

const at = (line: number, character: number) => ({ line, character });
const target: EditTarget = { uriFor: (path) => `file://${path}`, versionFor: (path) => (path === '/ws/open.ts' ? 7 : null), documentChanges: true, createFiles: true, applyEdit: true };

function finding(ruleId: string, line: number, fixes: Fix[]): Finding {
  return { file: '/ws/a.ts', ruleId, factor: 7, severity: 'warning', range: { start: at(line, 0), end: at(line, 4) }, message: 'm', fixes };
}

function replaceFix(title: string, line: number, from: number, to: number, newText: string, safe = true): Fix {
  return { title, isPreferred: true, safe, changes: [{ path: '/ws/a.ts', edits: [{ range: { start: at(line, from), end: at(line, to) }, newText }] }] };
}

describe('suppression comments', () => {
  test('JS/TS: // disable-next-line above the line, with its indentation', () => {
    const text = 'function f() {\n    app.listen(3000);\n}\n';
    const edit = disableLineEdit(text, 1, 'port-binding/hardcoded-port', commentStyleFor('script', 'port-binding/hardcoded-port'))!;
    assert.equal(applyEdits(text, [edit]), 'function f() {\n    // twelve-factor-disable-next-line port-binding/hardcoded-port\n    app.listen(3000);\n}\n');
  });

  test('an existing directive above gets the id appended', () => {
    const text = '// twelve-factor-disable-next-line logs/file-transport\napp.listen(3000);\n';
    const edit = disableLineEdit(text, 1, 'port-binding/hardcoded-port', 'slashes')!;
    assert.equal(applyEdits(text, [edit]), '// twelve-factor-disable-next-line logs/file-transport, port-binding/hardcoded-port\napp.listen(3000);\n');
  });

  test('YAML and .env use #; JSON and the config file get none', () => {
    const yaml = 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: hunter2\n';
    const edit = disableLineEdit(yaml, 3, 'config/hardcoded-secret', commentStyleFor('yaml', 'config/hardcoded-secret'))!;
    assert.equal(applyEdits(yaml, [edit]), 'services:\n  db:\n    environment:\n      # twelve-factor-disable-next-line config/hardcoded-secret\n      POSTGRES_PASSWORD: hunter2\n');
    assert.equal(applyEdits('A=1\n', [disableFileEdit('A=1\n', 'config/committed-env-file', commentStyleFor('envFile', 'config/committed-env-file'))!]), '# twelve-factor-disable config/committed-env-file\nA=1\n');
    assert.equal(commentStyleFor('packageJson', 'dependencies/unpinned-version'), 'none');
    assert.equal(commentStyleFor('yaml', 'twelve-factor/config'), 'none');
  });

  test('file directive goes after a shebang, CRLF kept', () => {
    const text = '#!/usr/bin/env node\r\napp.listen(3000);\r\n';
    assert.equal(applyEdits(text, [disableFileEdit(text, 'port-binding/hardcoded-port', 'slashes')!]), '#!/usr/bin/env node\r\n/* twelve-factor-disable port-binding/hardcoded-port */\r\napp.listen(3000);\r\n');
  });
});

describe('workspace edits', () => {
  test('created files come first with ignoreIfExists; open documents carry their version, others null', () => {
    const edit = fileChangesToWorkspaceEdit(
      [
        { path: '/ws/open.ts', edits: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: 'x' }] },
        { path: '/ws/.env.example', createFile: true, edits: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: 'PORT=\n' }] },
        { path: '/ws/.env.example', createFile: true, edits: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: 'PORT=\n' }] },
        { path: '/ws/.gitignore', edits: [{ range: { start: at(2, 0), end: at(2, 0) }, newText: '.env\n' }] },
      ],
      target,
    );
    assert.deepEqual(edit.documentChanges, [
      { textDocument: { uri: 'file:///ws/open.ts', version: 7 }, edits: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: 'x' }] },
      { kind: 'create', uri: 'file:///ws/.env.example', options: { ignoreIfExists: true } },
      { textDocument: { uri: 'file:///ws/.env.example', version: null }, edits: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: 'PORT=\n' }] },
      { textDocument: { uri: 'file:///ws/.gitignore', version: null }, edits: [{ range: { start: at(2, 0), end: at(2, 0) }, newText: '.env\n' }] },
    ]);
  });
});

describe('fix-all selection', () => {
  test('only safe fixes, and a fix overlapping an earlier one is left for the next run', () => {
    const first = replaceFix('port', 1, 0, 10, 'A');
    const overlapping = replaceFix('overlap', 1, 5, 12, 'B');
    const secret = replaceFix('move secret', 3, 0, 4, 'process.env.X', false);
    const later = replaceFix('later', 5, 0, 4, 'C');
    const chosen = selectFixAllFixes([finding('r/a', 1, [first]), finding('r/b', 1, [overlapping]), finding('config/hardcoded-secret', 3, [secret]), finding('r/c', 5, [later])]);
    assert.deepEqual(chosen.map((fix) => fix.title), ['port', 'later']);
  });

  test('two insertions at the same point (two env names appended) are both kept', () => {
    const append = (name: string): Fix => ({ title: name, isPreferred: true, safe: true, changes: [{ path: '/ws/.env.example', edits: [{ range: { start: at(3, 0), end: at(3, 0) }, newText: `${name}=\n` }] }] });
    assert.equal(selectFixAllFixes([finding('r/a', 1, [append('A')]), finding('r/b', 2, [append('B')])]).length, 2);
  });
});

describe('diagnostics and settings', () => {
  test('a finding becomes a diagnostic with source, code, docs link and data', () => {
    const diagnostic = findingToDiagnostic(finding('port-binding/hardcoded-port', 1, []), 3);
    assert.equal(diagnostic.source, 'twelve-factor');
    assert.equal(diagnostic.code, 'port-binding/hardcoded-port');
    assert.match(diagnostic.codeDescription!.href, /docs\/rules\/port-binding\/hardcoded-port\.md$/);
    assert.deepEqual(diagnostic.data, { ruleId: 'port-binding/hardcoded-port', factor: 7, version: 3, fixCount: 0 });
  });

  test('settings: bad shapes fall back to defaults; unknown rules and severities are reported', () => {
    const settings = readSettings({ enable: 'yes', rules: { 'port-binding/hardcoded-port': 'warn', 'nope/rule': 'error', 'logs/file-transport': 'loud', 'config/hardcoded-secret': 'default' }, exclude: ['dist/**', 3], maxFileSize: -1 });
    assert.equal(settings.enable, true);
    assert.deepEqual(settings.exclude, ['dist/**']);
    assert.equal(settings.maxFileSize, 1_000_000);
    const { overrides, problems } = ruleOverridesFrom(settings);
    assert.deepEqual(overrides, { 'port-binding/hardcoded-port': 'warning' });
    assert.equal(problems.length, 2);
  });
});

describe('fixes carrying a secret value (FileChange.sensitive)', () => {
  const VALUE = 'sk_live_not_a_real_value_0123456789';
  const keepInEnv: Fix = {
    title: 'keep the value in .env',
    isPreferred: false,
    // Even if a rule wrongly marked it safe, fix-all must leave it alone.
    safe: true,
    changes: [
      { path: '/ws/a.ts', edits: [{ range: { start: at(0, 10), end: at(0, 20) }, newText: 'process.env.KEY' }] },
      { path: '/ws/.env', createFile: true, sensitive: true, edits: [{ range: { start: at(0, 0), end: at(0, 0) }, newText: `KEY=${VALUE}\n` }] },
    ],
  };
  const args = { uri: 'file:///ws/a.ts', version: 7, range: { start: at(0, 10), end: at(0, 20) }, ruleId: 'config/hardcoded-secret', fixIndex: 1 };

  test('become a command naming the finding, with no edit and no value', () => {
    const action = fixToCodeAction(keepInEnv, undefined, target, args);
    assert.equal(action.edit, undefined);
    assert.deepEqual(action.command, { title: keepInEnv.title, command: ServerCommands.applySensitiveFix, arguments: [args] });
    assert.ok(!JSON.stringify(action).includes(VALUE));
  });

  test('are never turned into a workspace edit, and never chosen by fix-all', () => {
    assert.throws(() => fileChangesToWorkspaceEdit(keepInEnv.changes, target), /secret value/);
    assert.deepEqual(selectFixAllFixes([finding('config/hardcoded-secret', 0, [keepInEnv])], target), []);
  });

  test('need a client that applies edits, but not one that creates files (the server writes .env itself)', () => {
    assert.equal(canApply(keepInEnv, target), true);
    assert.equal(canApply(keepInEnv, { ...target, createFiles: false }), true);
    assert.equal(canApply(keepInEnv, { ...target, applyEdit: false }), false);
  });

  test('command arguments coming back from the client are checked', () => {
    assert.deepEqual(parseSensitiveFixArguments(JSON.parse(JSON.stringify(args))), args);
    assert.deepEqual(parseSensitiveFixArguments({ ...args, version: null }), { ...args, version: null });
    for (const bad of [undefined, 'x', { ...args, fixIndex: -1 }, { ...args, fixIndex: 1.5 }, { ...args, uri: 3 }, { ...args, range: { start: at(0, 0) } }, { ...args, version: '7' }]) {
      assert.equal(parseSensitiveFixArguments(bad), undefined, JSON.stringify(bad));
    }
  });

  test('the .env text is the change applied to the file as analysed, or nothing when it changed since', () => {
    const envChange = keepInEnv.changes[1]!;
    assert.equal(sensitiveFileText(envChange, undefined, undefined), `KEY=${VALUE}\n`);
    assert.equal(sensitiveFileText(envChange, 'OTHER=1\n', undefined), undefined);
    const append = { path: '/ws/.env', sensitive: true as const, edits: [{ range: { start: at(1, 0), end: at(1, 0) }, newText: 'KEY=v\n' }] };
    assert.equal(sensitiveFileText(append, 'OTHER=1\n', 'OTHER=1\n'), 'OTHER=1\nKEY=v\n');
    assert.equal(sensitiveFileText(append, undefined, undefined), undefined, 'an append to a file that vanished');
  });

  test('split: the value, the guards before it, the source edit last', () => {
    const split = splitSensitiveFix({ ...keepInEnv, changes: [{ path: '/ws/.gitignore', edits: [] }, ...keepInEnv.changes, { path: '/ws/.env.example', edits: [] }] }, '/ws/a.ts');
    assert.deepEqual(split.sensitive.map((change) => change.path), ['/ws/.env']);
    assert.deepEqual(split.guards.map((change) => change.path), ['/ws/.gitignore', '/ws/.env.example']);
    assert.deepEqual(split.source.map((change) => change.path), ['/ws/a.ts']);
  });
});
