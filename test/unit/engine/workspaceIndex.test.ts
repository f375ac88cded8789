import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace } from '../../helpers/memoryWorkspace';

describe('workspace facts', () => {
  it('finds the nearest package.json, its dependencies of every section and its lockfile', () => {
    const { facts } = memoryWorkspace({
      '/ws/apps/api/package.json': '{"name":"api","dependencies":{"express":"^4"},"devDependencies":{"jest":"^29"},"peerDependencies":{"react":"*"},"optionalDependencies":{"fsevents":"^2"}}',
      '/ws/apps/api/src/deep/file.ts': '',
    });
    const pkg = facts.packageFor('/ws/apps/api/src/deep/file.ts')!;
    assert.equal(pkg.dir, '/ws/apps/api');
    assert.deepEqual([...pkg.dependencies.keys()].sort(), ['express', 'fsevents', 'jest', 'react']);
    assert.equal(pkg.dependencies.get('jest')!.section, 'devDependencies');
    assert.equal(pkg.lockfile, undefined);
  });

  it('uses the workspace root lockfile for workspace packages', () => {
    const { facts } = memoryWorkspace({
      '/ws/package.json': '{"name":"root","private":true,"workspaces":["packages/*"]}',
      '/ws/yarn.lock': '',
      '/ws/package-lock.json': null,
      '/ws/packages/lib/package.json': '{"name":"@org/lib","dependencies":{"zod":"^3"}}',
    });
    const pkg = facts.packageFor('/ws/packages/lib/index.ts')!;
    assert.equal(pkg.workspaceRoot, '/ws');
    assert.equal(pkg.lockfile, '/ws/yarn.lock');
    assert.ok(facts.workspacePackageNames.has('@org/lib'));
  });

  it('answers .gitignore questions with nested ignore files and negations', () => {
    const { facts } = memoryWorkspace({
      '/ws/.gitignore': '.env\n*.log\n!keep.log\n',
      '/ws/apps/web/.gitignore': '.env.local\n',
    });
    assert.equal(facts.isGitIgnored('/ws/.env'), true);
    assert.equal(facts.isGitIgnored('/ws/apps/web/.env'), true);
    assert.equal(facts.isGitIgnored('/ws/apps/web/.env.local'), true);
    assert.equal(facts.isGitIgnored('/ws/.env.local'), false);
    assert.equal(facts.isGitIgnored('/ws/debug.log'), true);
    assert.equal(facts.isGitIgnored('/ws/keep.log'), false);
    assert.equal(facts.isGitIgnored('/ws/node_modules/x/index.js'), true);
  });

  it('knows whether a package handles SIGTERM somewhere', () => {
    const handled = memoryWorkspace({ '/ws/src/shutdown.ts': "process.once('SIGTERM', () => server.close());\n", '/ws/src/app.ts': 'app.listen(1)' }).facts;
    assert.equal(handled.packageFor('/ws/src/app.ts')!.handlesSigterm, true);
    const terminus = memoryWorkspace({ '/ws/src/health.ts': "import { createTerminus } from '@godaddy/terminus';\n" }).facts;
    assert.equal(terminus.packageFor('/ws/src/x.ts')!.handlesSigterm, true);
    const mentionedOnly = memoryWorkspace({ '/ws/src/docs.ts': "// remember to handle SIGTERM\nconst signal = 'SIGINT';\n" }).facts;
    assert.equal(mentionedOnly.packageFor('/ws/src/x.ts')!.handlesSigterm, false);
  });

  it('reads tsconfig paths (through extends) as aliases', () => {
    const { facts } = memoryWorkspace({
      '/ws/tsconfig.base.json': '{ "compilerOptions": { "paths": { "@shared/*": ["libs/shared/*"] } } }',
      '/ws/tsconfig.json': '{\n  // comments are allowed\n  "extends": "./tsconfig.base.json",\n  "compilerOptions": { "paths": { "@/*": ["src/*"] } }\n}',
    });
    assert.deepEqual([...facts.pathAliasesFor('/ws/src/a.ts')].sort(), ['@/*', '@shared/*']);
  });

  it('reads the aliases of a tsconfig.base.json above the file even when no project config extends it', () => {
    const { facts } = memoryWorkspace({
      '/ws/tsconfig.base.json': '{ "compilerOptions": { "paths": { "@fleet/shared": ["libs/shared/src/index.ts"] } } }',
      // An app with a tsconfig.json that does not extend the base, and one with no tsconfig at all.
      '/ws/apps/api/tsconfig.json': '{ "compilerOptions": { "paths": { "@api/*": ["src/*"] } } }',
    });
    assert.deepEqual([...facts.pathAliasesFor('/ws/apps/api/src/main.ts')].sort(), ['@api/*', '@fleet/shared']);
    assert.deepEqual([...facts.pathAliasesFor('/ws/apps/worker/src/main.ts')], ['@fleet/shared']);
  });

  it('does not take aliases from a nearer project tsconfig.json of a sibling, nor from other config files', () => {
    const { facts } = memoryWorkspace({
      '/ws/apps/api/tsconfig.json': '{ "compilerOptions": { "paths": { "@api/*": ["src/*"] } } }',
      '/ws/tsconfig.lib.json': '{ "compilerOptions": { "paths": { "@lib/*": ["libs/*"] } } }',
    });
    assert.deepEqual([...facts.pathAliasesFor('/ws/apps/worker/src/main.ts')], []);
  });

  it('forgets aliases when tsconfig.base.json changes', () => {
    const { facts, fs } = memoryWorkspace();
    assert.deepEqual([...facts.pathAliasesFor('/ws/apps/api/src/main.ts')], []);
    fs.files.set('/ws/tsconfig.base.json', '{ "compilerOptions": { "paths": { "@fleet/shared": ["libs/shared/src/index.ts"] } } }');
    facts.invalidate('/ws/tsconfig.base.json');
    assert.deepEqual([...facts.pathAliasesFor('/ws/apps/api/src/main.ts')], ['@fleet/shared']);
  });

  it('forgets cached facts when a fact file changes', () => {
    const { facts, fs } = memoryWorkspace();
    assert.equal(facts.packageFor('/ws/src/a.ts')!.dependencies.has('pg'), false);
    fs.files.set('/ws/package.json', '{"name":"app","dependencies":{"pg":"^8"}}');
    facts.invalidate('/ws/package.json');
    assert.equal(facts.packageFor('/ws/src/a.ts')!.dependencies.has('pg'), true);
  });
});
