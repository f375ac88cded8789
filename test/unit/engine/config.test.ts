import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, parseSeverity } from '../../../server/src/engine/config';
import { RULE_IDS } from '../../../server/src/engine/rules';

describe('.twelve-factor.yml', () => {
  it('reads rule severities (with linter aliases), ignore globs and checklist attestations', () => {
    const { config, problems } = parseConfig(
      'rules:\n  config/hardcoded-secret: warn\n  logs/file-transport: off\n  port-binding/loopback-only: info\nignore:\n  - "legacy/**"\nchecklist:\n  codebase/one-repo-per-app: true\n  logs/routed-by-environment:\n    done: true\n    note: Datadog agent\n',
      RULE_IDS,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'config/hardcoded-secret': 'warning', 'logs/file-transport': 'off', 'port-binding/loopback-only': 'information' });
    assert.deepEqual(config.ignore, ['legacy/**']);
    assert.deepEqual(config.checklist, { 'codebase/one-repo-per-app': { done: true }, 'logs/routed-by-environment': { done: true, note: 'Datadog agent' } });
  });

  it('reports unknown keys, unknown rules, bad severities and bad checklist values at their exact place', () => {
    const text = 'rulez: {}\nrules:\n  config/hardcoded-secrets: error\n  logs/file-transport: loud\nchecklist:\n  codebase/one-repo-per-app: maybe\n';
    const { config, problems } = parseConfig(text, RULE_IDS);
    assert.deepEqual(
      problems.map((p) => [p.range.start.line, p.range.start.character, p.severity, p.message]),
      [
        [0, 0, 'warning', 'Unknown key "rulez" in .twelve-factor.yml; expected one of: rules, ignore, checklist.'],
        [2, 2, 'error', 'Unknown rule id "config/hardcoded-secrets". Did you mean "config/hardcoded-secret"?'],
        [3, 23, 'error', 'Invalid severity "loud" for logs/file-transport; use off, hint, info, warning or error.'],
        [5, 29, 'error', 'Checklist item "codebase/one-repo-per-app" must be true, false or { done, note }.'],
      ],
    );
    assert.deepEqual(config.rules, {});
  });

  it('turns malformed YAML into a problem instead of throwing', () => {
    const { problems } = parseConfig('rules:\n  config/hardcoded-secret: [error\n', RULE_IDS);
    assert.ok(problems.length > 0);
    assert.match(problems[0]!.message, /Invalid YAML/);
  });

  it('rejects a config that is not a mapping', () => {
    const { problems } = parseConfig('- just\n- a list\n', RULE_IDS);
    assert.match(problems[0]!.message, /must be a mapping/);
  });

  it('parses severity spellings', () => {
    assert.equal(parseSeverity('WARN'), 'warning');
    assert.equal(parseSeverity('2'), 'error');
    assert.equal(parseSeverity('information'), 'information');
    assert.equal(parseSeverity('critical'), undefined);
  });
});
