// Every rule's id, for code that must know them without loading the rules and TypeScript behind
// them: the CLI checks `--rule` and .twelve-factor.yml before it knows whether any file needs
// analysing (engine/onDemand.ts), and a run answered from its cache never loads the engine.
// The language server's protocol layer needs them too, before any file is analysed.
// test/unit/engine/ruleIds.test.ts holds this list to the rules' own metadata (ALL_RULES).

/** The id under which problems of .twelve-factor.yml itself are reported (no rule of the catalog). */
export const CONFIG_RULE_ID = 'twelve-factor/config';

export const RULE_IDS: ReadonlySet<string> = new Set([
  'codebase/cross-app-import',
  'dependencies/undeclared-import',
  'dependencies/system-tool',
  'dependencies/unpinned-version',
  'dependencies/missing-lockfile',
  'config/hardcoded-secret',
  'config/secret-fallback',
  'config/env-name-branching',
  'config/committed-env-file',
  'backing-services/hardcoded-url',
  'build-release-run/runtime-build',
  'build-release-run/start-script-builds',
  'processes/in-memory-session',
  'processes/module-state',
  'processes/local-filesystem-storage',
  'port-binding/hardcoded-port',
  'port-binding/loopback-only',
  'concurrency/pid-file',
  'concurrency/self-daemonize',
  'disposability/no-graceful-shutdown',
  'disposability/swallowed-fatal-error',
  'dev-prod-parity/divergent-backing-service',
  'logs/file-transport',
  'logs/manual-file-write',
  'admin-processes/migrate-on-boot',
]);
