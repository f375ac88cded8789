import { ruleTester } from '../../../helpers/ruleTester';
import { unpinnedVersion } from '../../../../server/src/engine/rules/dependencies/unpinned-version';

const manifest = (section: string, entries: Record<string, string>): string => `{\n  "name": "api",\n  "${section}": {\n${Object.entries(entries).map(([name, range]) => `    "${name}": ${JSON.stringify(range)}`).join(',\n')}\n  }\n}\n`;

ruleTester(unpinnedVersion, {
  valid: [
    { code: manifest('dependencies', { express: '^4.19.2', lodash: '~4.17', pg: '8.11.3', zod: '>=3.22.0 <4', ms: '2.x', debug: '4.3.x', uuid: 'v9.0.1', next: '14.2.0-canary.3' }), filename: 'package.json' },
    { code: manifest('dependencies', { '@acme/shared': 'workspace:*', '@acme/ui': 'workspace:^', local: 'file:../local-lib', linked: 'link:../linked', portal: 'portal:../p' }), filename: 'package.json' },
    { code: manifest('dependencies', { 'string-width-cjs': 'npm:string-width@^4.2.0', react: 'catalog:', patched: 'patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch' }), filename: 'package.json' },
    { code: manifest('dependencies', { lib: 'git+https://github.com/acme/lib.git#4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f', tagged: 'github:acme/tagged#v1.2.3', ranged: 'git+ssh://git@github.com/acme/r.git#semver:^2.0.0', short: 'acme/short#1.0.0' }), filename: 'package.json' },
    { code: manifest('dependencies', { tarball: 'https://registry.example.com/pkg/-/pkg-1.2.3.tgz', archive: 'https://codeload.github.com/acme/lib/tar.gz/9f8e7d6c5b4a' }), filename: 'package.json' },
    // peerDependencies state what the consumer may bring: "*" is a compatibility statement.
    { code: manifest('peerDependencies', { react: '*' }), filename: 'package.json' },
    // Other fields are not dependency versions.
    { code: '{\n  "name": "api",\n  "version": "latest",\n  "engines": { "node": "*" },\n  "config": { "tag": "latest" }\n}\n', filename: 'package.json' },
    // npm workspaces refer to sibling members as "*": they resolve to the folder in the same commit.
    {
      code: '{\n  "name": "@acme/api",\n  "dependencies": {\n    "@acme/shared": "*"\n  }\n}\n',
      filename: 'apps/api/package.json',
      files: { 'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*", "packages/*"] }\n', 'packages/shared/package.json': '{ "name": "@acme/shared", "version": "1.0.0" }\n' },
    },
    // Manifests inside node_modules are not ours.
    { code: manifest('dependencies', { foo: '*' }), filename: 'node_modules/some-lib/package.json' },
  ],
  invalid: [
    {
      code: manifest('dependencies', { express: '*' }),
      filename: 'package.json',
      errors: [{ range: [3, 15, 3, 18], text: '"*"', message: /"express" in dependencies is not pinned: "\*" accepts any version/ }],
    },
    {
      code: manifest('dependencies', { lodash: 'latest' }),
      filename: 'package.json',
      errors: [{ range: [3, 14, 3, 22], text: '"latest"', message: /dist-tag "latest"/ }],
    },
    {
      code: manifest('devDependencies', { typescript: 'next', vitest: 'beta' }),
      filename: 'package.json',
      errors: [{ text: '"next"', range: [3, 18, 3, 24] }, { text: '"beta"', range: [4, 14, 4, 20] }],
    },
    {
      code: manifest('dependencies', { ms: 'x', debug: 'X', chalk: 'x.x.x' }),
      filename: 'package.json',
      errors: [{ text: '"x"' }, { text: '"X"' }, { text: '"x.x.x"' }],
    },
    {
      code: manifest('optionalDependencies', { fsevents: '' }),
      filename: 'package.json',
      errors: [{ range: [3, 16, 3, 18], text: '""', message: /empty range/ }],
    },
    {
      code: manifest('dependencies', { lib: 'git+https://github.com/acme/lib.git', other: 'git://github.com/acme/other.git' }),
      filename: 'package.json',
      errors: [{ text: '"git+https://github.com/acme/lib.git"', message: /without a commit or tag/ }, { text: '"git://github.com/acme/other.git"' }],
    },
    {
      code: manifest('dependencies', { lib: 'github:acme/lib#main', short: 'acme/short', ssh: 'git@github.com:acme/ssh.git#develop' }),
      filename: 'package.json',
      errors: [{ text: '"github:acme/lib#main"', message: /names a branch/ }, { text: '"acme/short"' }, { text: '"git@github.com:acme/ssh.git#develop"' }],
    },
    {
      code: manifest('dependencies', { nightly: 'https://example.com/builds/nightly.tgz', repo: 'https://github.com/acme/repo' }),
      filename: 'package.json',
      errors: [{ text: '"https://example.com/builds/nightly.tgz"', message: /URL without a version/ }, { text: '"https://github.com/acme/repo"' }],
    },
    {
      name: 'a "*" outside a workspace is unpinned even when a folder of that name exists',
      code: '{\n  "name": "api",\n  "dependencies": {\n    "shared": "*"\n  }\n}\n',
      filename: 'api/package.json',
      files: { 'package.json': null, 'shared/package.json': '{ "name": "shared", "version": "1.0.0" }\n' },
      errors: [{ range: [3, 14, 3, 17], text: '"*"' }],
    },
    {
      code: manifest('dependencies', { alias: 'npm:string-width', star: 'npm:left-pad@*' }),
      filename: 'apps/api/package.json',
      errors: [{ text: '"npm:string-width"' }, { text: '"npm:left-pad@*"' }],
    },
  ],
});
