// The .gitignore checker: each problem it reports is one git really has (checked against
// `git check-ignore --no-index` when git is installed), each at its exact place, and the
// lines git reads as written produce nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGitignore, gitignoreNotes } from '../../../server/src/engine/gitignoreCheck';

/** `line:start-end` of each problem (single-line ranges), for compact expectations. */
function places(text: string): string[] {
  return checkGitignore(text).map(({ range }) => {
    assert.equal(range.start.line, range.end.line, 'a problem stays on its line');
    return `${range.start.line}:${range.start.character}-${range.end.character}`;
  });
}

function messages(text: string): string[] {
  return checkGitignore(text).map((problem) => problem.message);
}

describe('checkGitignore', () => {
  test('lines git reads as written are not reported (no style nags)', () => {
    const clean = [
      '# comment with [unclosed and trailing backslash \\',
      '',
      'node_modules/',
      '/dist',
      '*.log',
      '**.log',
      '**/build/**',
      'a/**/b',
      'build/out**',
      '!keep.log',
      '\\!literal-bang',
      '\\#literal-hash',
      '[a-z]*.tmp',
      '[]]x',
      '[!]]y',
      'h[a-]',
      '[[:alpha:]][[:digit:]]',
      'z[[:x]',
      'x\\\\',
      'trailing-space-is-trimmed   ',
      'escaped-space\\ ',
      '.env',
    ].join('\n');
    assert.deepEqual(checkGitignore(clean), []);
    assert.deepEqual(checkGitignore(''), []);
    assert.deepEqual(checkGitignore('\ufeff.env\r\nnode_modules\r\n'), []);
  });

  test('a trailing unescaped backslash: git never matches the pattern', () => {
    assert.deepEqual(places('ok\nfoo\\\n'), ['1:3-4']);
    assert.match(messages('foo\\')[0]!, /backslash that escapes nothing/);
    // An odd number of backslashes is still one unescaped one.
    assert.deepEqual(places('foo\\\\\\'), ['0:5-6']);
  });

  test('reversed bracket ranges: git matches only the first character, `ignore` drops the line', () => {
    assert.deepEqual(places('a[z-a].log\n'), ['0:2-5']);
    assert.match(messages('a[z-a]')[0]!, /"z-a" runs backwards: git matches only "z".*Write "a-z"/);
    assert.match(messages('a[!z-a]')[0]!, /git excludes only "z"/);
    assert.deepEqual(places('[a-c9-0]'), ['0:4-7']);
    assert.deepEqual(places('[\\z-\\a]'), ['0:1-6'], 'escaped bounds count as their characters');
  });

  test('an unclosed bracket or an unknown character class makes git drop the pattern', () => {
    assert.deepEqual(places('b[c\n'), ['0:1-3']);
    assert.match(messages('b[c')[0]!, /never closes/);
    assert.deepEqual(places('x[\\'), ['0:1-3']);
    assert.deepEqual(places('d[[:foo:]]\n'), ['0:2-9']);
    assert.match(messages('d[[:foo:]]')[0]!, /"\[:foo:\]" is not a character class/);
  });

  test('`**` that is not a whole path segment in a path pattern: git reads it as `*`', () => {
    assert.deepEqual(places('src/**.js\n'), ['0:4-6']);
    assert.match(messages('src/**.js')[0]!, /write "src\/\*\*\/\*\.js"/);
    assert.match(messages('/a/**b/c')[0]!, /write "\/a\/\*\*\/\*b\/c"/);
    assert.match(messages('a**/b')[0]!, /write "a\*\/\*\*\/b"/);
    // Without a slash, git matches the name at any depth anyway: `**.log` is `*.log`, fine.
    assert.deepEqual(places('**.log\nfoo**bar\n'), []);
  });

  test('a trailing tab is kept by git (only spaces are trimmed)', () => {
    assert.deepEqual(places('foo\t\n'), ['0:3-4']);
    assert.deepEqual(places('!foo\t  \n'), ['0:4-5']);
    assert.deepEqual(places('foo\\\t\n'), [], 'an escaped tab is meant');
  });

  test('NUL bytes: a located problem per line, or one for binary / UTF-16 content', () => {
    assert.deepEqual(places('ab\0cd\nzz\n'), ['0:2-5']);
    assert.match(messages('ab\0cd')[0]!, /pattern it uses is "ab"/);
    assert.match(messages('# comment\0\n\0\n').join('\n'), /drops the whole line/);
    assert.equal(checkGitignore('# comment\0\n').length, 0, 'a NUL inside a comment changes nothing');
    const utf16 = Buffer.from('\ufeffnode_modules\r\n.env\r\n', 'utf16le').toString('utf8');
    const [problem, ...rest] = checkGitignore(utf16);
    assert.deepEqual(rest, []);
    assert.match(problem!.message, /UTF-16/);
    assert.equal(problem!.range.start.line, 0);
    const binary = checkGitignore(`\x89PNG\r\n\x1a\n${'\0'.repeat(12)}IHDR\0\0\x01\0\x08\x06\0\0\0`);
    assert.equal(binary.length, 1);
    assert.match(binary[0]!.message, /binary/);
  });

  test('positions follow the editor: CRLF lines, the leading `!`, a BOM', () => {
    assert.deepEqual(places('ok\r\n!src/**.js\r\n'), ['1:5-7']);
    assert.deepEqual(places('\ufeffa[z-a]'), ['0:3-6'], 'a kept BOM is a character of line 0');
  });

  test('many broken lines are capped, long lines stay fast', () => {
    assert.equal(checkGitignore('a[z-a]\n'.repeat(1000)).length, 100);
    const started = Date.now();
    checkGitignore(`${'[[:'.repeat(200_000)}]`);
    checkGitignore('x'.repeat(2_000_000) + '\\');
    assert.ok(Date.now() - started < 2000, 'linear on pathological lines');
  });

  test('gitignoreNotes: located notes of kind gitignore', () => {
    assert.deepEqual(gitignoreNotes('/ws/.gitignore', 'ok\nfoo\\\n'), [{ file: '/ws/.gitignore', kind: 'gitignore', range: { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } }, message: messages('foo\\')[0] }]);
  });

  const git = spawnSync('git', ['--version']);
  test('what it reports is what git does (git check-ignore --no-index)', { skip: git.status !== 0 ? 'git is not installed' : false }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'tf-gitignore-'));
    try {
      spawnSync('git', ['init', '-q', dir]);
      mkdirSync(join(dir, 'src', 'x'), { recursive: true });
      writeFileSync(join(dir, '.gitignore'), 'a[z-a]\nfoo\\\nb[c\nd[[:foo:]]\nsrc/**.js\nab\0cd\nt\t\n');
      const ignored = (path: string) => spawnSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: dir }).status === 0;
      assert.ok(ignored('az') && !ignored('aa'), '[z-a] matches only z');
      assert.ok(!ignored('foo') && !ignored('foo\\'), 'a trailing backslash never matches');
      assert.ok(!ignored('bc') && !ignored('b[c'), 'an unclosed bracket never matches');
      assert.ok(!ignored('dx') && !ignored('d:'), 'an unknown class never matches');
      assert.ok(ignored('src/a.js') && !ignored('src/x/a.js'), '** inside a segment does not cross folders');
      assert.ok(ignored('ab') && !ignored('abcd'), 'the pattern ends at NUL');
      assert.ok(!ignored('t') && ignored('t\t'), 'the tab is part of the pattern');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
