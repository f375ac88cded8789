import { ruleTester } from '../../../helpers/ruleTester';
import { missingLockfile } from '../../../../server/src/engine/rules/dependencies/missing-lockfile';

const withDependencies = '{\n  "name": "api",\n  "version": "1.0.0",\n  "dependencies": {\n    "express": "^4.19.2"\n  }\n}\n';
const noLockfile = { 'package-lock.json': null };

ruleTester(missingLockfile, {
  valid: [
    // The default workspace has package-lock.json beside package.json.
    { code: withDependencies, filename: 'package.json' },
    { code: withDependencies, filename: 'package.json', files: { 'package-lock.json': null, 'yarn.lock': '# yarn lockfile v1\n' } },
    { code: withDependencies, filename: 'package.json', files: { 'package-lock.json': null, 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" } },
    { code: withDependencies, filename: 'package.json', files: { 'package-lock.json': null, 'bun.lockb': 'binary' } },
    { code: withDependencies, filename: 'package.json', files: { 'package-lock.json': null, 'npm-shrinkwrap.json': '{}\n' } },
    // A workspace member whose root holds the lockfile.
    {
      code: withDependencies,
      filename: 'apps/api/package.json',
      files: { 'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"] }\n' },
    },
    {
      code: withDependencies,
      filename: 'packages/lib/package.json',
      files: { 'package.json': '{ "name": "acme", "private": true }\n', 'package-lock.json': null, 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n", 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" },
    },
    // Nothing to install, nothing to lock.
    { code: '{\n  "name": "api",\n  "dependencies": {}\n}\n', filename: 'package.json', files: noLockfile },
    { code: '{\n  "name": "lib",\n  "peerDependencies": { "react": "^18.0.0" }\n}\n', filename: 'package.json', files: noLockfile },
    { code: '{ "type": "module" }\n', filename: 'src/package.json' },
    // Test fixtures and installed packages are not projects.
    { code: withDependencies, filename: 'test/fixtures/app/package.json' },
    { code: withDependencies, filename: 'node_modules/express/package.json', files: noLockfile },
  ],
  invalid: [
    {
      code: withDependencies,
      filename: 'package.json',
      files: noLockfile,
      errors: [{ range: [3, 2, 3, 16], text: '"dependencies"', message: /declares 1 dependency but has no lockfile/ }],
    },
    {
      name: 'only devDependencies: the first installed section is named',
      code: '{\n  "name": "tools",\n  "private": true,\n  "devDependencies": {\n    "typescript": "^5.4.0",\n    "vitest": "^1.6.0"\n  }\n}\n',
      filename: 'package.json',
      files: noLockfile,
      errors: [{ range: [3, 2, 3, 19], text: '"devDependencies"', message: /declares 2 dependencies/ }],
    },
    {
      name: 'dependencies is preferred over an earlier devDependencies',
      code: '{\n  "devDependencies": { "tsx": "^4.0.0" },\n  "dependencies": { "pg": "^8.0.0" }\n}\n',
      filename: 'package.json',
      files: noLockfile,
      errors: [{ range: [2, 2, 2, 16], text: '"dependencies"' }],
    },
    {
      name: 'a nested package that is not a workspace member needs its own lockfile',
      code: withDependencies,
      filename: 'functions/package.json',
      errors: [{ range: [3, 2, 3, 16] }],
    },
    {
      name: 'a workspace member whose root has no lockfile',
      code: withDependencies,
      filename: 'apps/api/package.json',
      files: { 'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"] }\n', ...noLockfile },
      errors: [{ text: '"dependencies"', message: /or in the workspace root \(package.json\)/ }],
    },
    {
      name: 'a lockfile for another package manager elsewhere does not count',
      code: withDependencies,
      filename: 'services/worker/package.json',
      files: { 'services/web/yarn.lock': '# yarn lockfile v1\n' },
      errors: [{ text: '"dependencies"' }],
    },
    {
      name: 'the lockfile is ignored by git',
      code: withDependencies,
      filename: 'package.json',
      files: { '.gitignore': 'node_modules/\npackage-lock.json\n' },
      errors: [{ range: [3, 2, 3, 16], message: /package-lock.json is ignored by git/ }],
    },
    {
      name: 'optionalDependencies count as installed',
      code: '{\n  "name": "watcher",\n  "optionalDependencies": {\n    "fsevents": "^2.3.3"\n  }\n}\n',
      filename: 'tools/watcher/package.json',
      errors: [{ range: [2, 2, 2, 24], text: '"optionalDependencies"' }],
    },
  ],
});
