import { ruleTester } from '../../../helpers/ruleTester';
import { undeclaredImport } from '../../../../server/src/engine/rules/dependencies/undeclared-import';

const manifest = (dependencies: Record<string, string>, extra = ''): string =>
  `{\n  "name": "api",\n  "version": "1.0.0",${extra}\n  "dependencies": ${JSON.stringify(dependencies, null, 2).replace(/\n/g, '\n  ')}\n}\n`;

ruleTester(undeclaredImport, {
  valid: [
    // Node builtins, with and without the node: prefix, and their subpaths.
    { code: "import fs from 'fs';\nimport { readFile } from 'node:fs/promises';\nimport test from 'node:test';\nconst path = require('path');\n" },
    { code: "import { pipeline } from 'stream/promises';\nimport assert from 'assert/strict';\n" },
    // require.resolve / import.meta.resolve compute a path without loading anything: not in the
    // catalog's list (import, require, dynamic import()). Corpus 3: payments-api/scripts/publish-sdk.ts.
    { code: "import { execFileSync } from 'node:child_process';\nexecFileSync(process.execPath, [require.resolve('npm/bin/npm-cli.js'), 'publish'], { stdio: 'inherit' });\n", filename: 'scripts/publish-sdk.ts' },
    { code: "const worker = import.meta.resolve('pino-pretty');\nconst cli = require.resolve('typescript/bin/tsc', { paths: [process.cwd()] });\n", filename: 'src/main.mjs' },
    // Relative and absolute paths.
    { code: "import { db } from './db';\nimport config from '../config.json';\nconst x = require('/opt/app/x');\n" },
    // Declared in any of the four sections; subpaths and scoped subpaths resolve to the package.
    {
      code: "import express from 'express';\nimport get from 'lodash/get';\nimport { Client } from '@aws-sdk/client-s3/dist-cjs';\nimport 'dotenv/config';\nimport { describe } from 'vitest';\n",
      files: { 'package.json': '{\n  "name": "api",\n  "dependencies": { "express": "^4.19.0", "lodash": "^4.17.21", "dotenv": "^16.0.0" },\n  "devDependencies": { "vitest": "^1.0.0" },\n  "peerDependencies": { "@aws-sdk/client-s3": "^3.0.0" }\n}\n' },
    },
    { code: "const fsevents = require('fsevents');\n", files: { 'package.json': '{ "name": "api", "optionalDependencies": { "fsevents": "^2.3.0" } }\n' } },
    // Type-only imports are erased by the compiler.
    { code: "import type { Request, Response } from 'express';\nexport type { Job } from 'bullmq';\nimport { type Redis } from 'ioredis';\n" },
    // Names provided by @types: a plain import used only in type positions is erased too.
    {
      code: "import { Request, Response, NextFunction } from 'express';\nexport function handler(req: Request, res: Response, next: NextFunction): void {\n  next();\n}\n",
      files: { 'package.json': '{ "name": "api", "devDependencies": { "@types/express": "^4.17.21" } }\n' },
    },
    // tsconfig paths aliases and baseUrl folders.
    {
      code: "import { db } from '@/lib/db';\nimport { logger } from '~/logger';\nimport { User } from '@app/models';\nimport { sum } from 'utils/math';\n",
      files: { 'tsconfig.json': '{\n  "compilerOptions": {\n    "baseUrl": ".",\n    // comments are allowed\n    "paths": { "@/*": ["src/*"], "@app/*": ["src/app/*"] }\n  }\n}\n', 'utils/math.ts': 'export const sum = 1;\n' },
    },
    // A solution-style tsconfig.json whose referenced config holds the paths (Vite templates).
    {
      code: "import { Button } from '@components/Button';\n",
      files: { 'tsconfig.json': '{ "files": [], "references": [{ "path": "./tsconfig.app.json" }, { "path": "./tsconfig.node.json" }] }\n', 'tsconfig.app.json': '{ "compilerOptions": { "paths": { "@components/*": ["./src/components/*"] } }, "include": ["src"] }\n' },
    },
    // Nx-style monorepo: the alias lives only in the root tsconfig.base.json; the app has no
    // tsconfig.json of its own, or one that does not extend the base.
    {
      code: "import { formatPlate } from '@fleet/shared';\nimport { haversine } from '@fleet/geo/distance';\n",
      filename: 'apps/dispatch/src/main.ts',
      files: {
        'tsconfig.base.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@fleet/shared": ["libs/shared/src/index.ts"], "@fleet/geo/*": ["libs/geo/src/*"] } } }\n',
        'apps/dispatch/package.json': '{ "name": "dispatch", "dependencies": {} }\n',
      },
    },
    {
      code: "import { formatPlate } from '@fleet/shared';\n",
      filename: 'apps/tracker/src/main.ts',
      files: {
        'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@fleet/shared": ["libs/shared/src/index.ts"] } } }\n',
        'apps/tracker/tsconfig.json': '{ "compilerOptions": { "outDir": "../../dist/apps/tracker" } }\n',
      },
    },
    // package.json "imports" subpaths, virtual modules and protocol specifiers are not packages.
    { code: "import { db } from '#db';\nimport 'virtual:pwa-register';\nimport Icon from '~icons/mdi/home';\nimport { Database } from 'bun:sqlite';\nimport { env } from '$env/static/private';\nimport 'uno.css';\n" },
    // Self-reference by the package's own name.
    { code: "import { helper } from 'app/utils';\n" },
    // A workspace sibling imported by name.
    {
      code: "import { formatMoney } from '@acme/shared';\n",
      filename: 'apps/api/src/index.ts',
      files: {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*", "packages/*"] }\n',
        'apps/api/package.json': '{ "name": "@acme/api", "dependencies": {} }\n',
        'packages/shared/package.json': '{ "name": "@acme/shared", "version": "1.0.0" }\n',
      },
    },
    // Declared by the workspace root: fine for test files and tooling, which only run where the
    // whole monorepo is installed.
    {
      code: "import { describe, it } from 'vitest';\n",
      filename: 'apps/api/test/app.test.ts',
      files: {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"], "devDependencies": { "vitest": "^1.6.0" } }\n',
        'apps/api/package.json': '{ "name": "@acme/api", "dependencies": {} }\n',
      },
    },
    {
      code: "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nexport default defineConfig({ plugins: [react()] });\n",
      filename: 'apps/web/vite.config.ts',
      files: {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"], "devDependencies": { "vite": "^5.2.0", "@vitejs/plugin-react": "^4.3.0" } }\n',
        'apps/web/package.json': '{ "name": "@acme/web", "dependencies": { "react": "^18.3.1" } }\n',
      },
    },
    {
      code: "import chunk from 'lodash/chunk';\nimport { globby } from 'globby';\nconsole.log(chunk(await globby('src/**'), 10));\n",
      filename: 'apps/api/scripts/report-files.ts',
      files: {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"], "devDependencies": { "lodash": "^4.17.21", "globby": "^14.0.0" } }\n',
        'apps/api/package.json': '{ "name": "@acme/api", "dependencies": {} }\n',
      },
    },
    {
      code: "const tseslint = require('typescript-eslint');\nmodule.exports = tseslint.config();\n",
      filename: 'apps/api/eslint.config.cjs',
      files: {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"], "devDependencies": { "typescript-eslint": "^8.0.0" } }\n',
        'apps/api/package.json': '{ "name": "@acme/api", "dependencies": {} }\n',
      },
    },
    // A module-format marker package.json does not hide the real manifest above it.
    { code: "import express from 'express';\n", filename: 'src/esm/index.ts', files: { 'package.json': '{ "name": "api", "dependencies": { "express": "^4.0.0" } }\n', 'src/esm/package.json': '{ "type": "module" }\n' } },
    // No package.json above the file: nothing to declare in.
    { code: "import express from 'express';\n", files: { 'package.json': null } },
    // Computed specifiers name no particular package.
    { code: "const plugin = require(name);\nconst locale = await import(`./locales/${lang}.json`);\n" },
    // vscode is provided by the extension host; @types/vscode is its declaration.
    { code: "import * as vscode from 'vscode';\nvscode.window.showInformationMessage('hi');\n", files: { 'package.json': '{ "name": "ext", "devDependencies": { "@types/vscode": "^1.90.0" } }\n' } },
    // A vendored minified bundle's UMD wrapper.
    { code: "!function(e){'object'==typeof exports?module.exports=e(require('jquery')):e(jQuery)}(function($){});\n", filename: 'public/js/plugin.min.js' },
    // Ambient module declarations are types.
    { code: "declare module 'untyped-lib' {\n  import { Foo } from 'other-untyped';\n  export const x: Foo;\n}\n" },
  ],
  invalid: [
    {
      code: "import express from 'express';\n\nconst app = express();\n",
      errors: [{ range: [0, 20, 0, 29], text: "'express'", message: /'express' is not declared in package.json/ }],
      output: "import express from 'express';\n\nconst app = express();\n",
      outputFiles: { 'package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {\n    "express": "*"\n  }\n}\n' },
    },
    {
      name: 'require of a subpath, version taken from node_modules',
      code: "const get = require('lodash/get');\n",
      files: {
        'package.json': manifest({ express: '^4.19.2' }),
        'node_modules/lodash/package.json': '{ "name": "lodash", "version": "4.17.21" }\n',
      },
      errors: [{ range: [0, 20, 0, 32], text: "'lodash/get'", message: /'lodash\/get' \(package 'lodash'\)/ }],
      outputFiles: { 'package.json': '{\n  "name": "api",\n  "version": "1.0.0",\n  "dependencies": {\n    "express": "^4.19.2",\n    "lodash": "^4.17.21"\n  }\n}\n' },
    },
    {
      name: 'scoped subpath, dynamic import, version from package-lock.json',
      code: "export async function upload() {\n  const { S3Client } = await import('@aws-sdk/client-s3/dist-es/index.js');\n  return new S3Client({});\n}\n",
      files: { 'package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "app" },\n    "node_modules/@aws-sdk/client-s3": { "version": "3.600.0" }\n  }\n}\n' },
      errors: [{ range: [1, 36, 1, 73], text: "'@aws-sdk/client-s3/dist-es/index.js'" }],
      outputFiles: { 'package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {\n    "@aws-sdk/client-s3": "^3.600.0"\n  }\n}\n' },
    },
    {
      name: 'export-from and import = require',
      code: "export { default as Redis } from 'ioredis';\nimport amqp = require('amqplib');\n",
      errors: [{ range: [0, 33, 0, 42], text: "'ioredis'" }, { range: [1, 22, 1, 31], text: "'amqplib'" }],
    },
    {
      // require.resolve only computes a path (see the valid cases): the side-effect import is the finding.
      name: 'side-effect import beside a require.resolve in a .mjs file',
      code: "import 'reflect-metadata';\nconst worker = require.resolve('pino-pretty');\n",
      filename: 'src/main.mjs',
      errors: [{ range: [0, 7, 0, 25], text: "'reflect-metadata'" }],
    },
    {
      name: 'only @types declared, but the import is used as a value',
      code: "import express, { Request } from 'express';\nconst app = express();\napp.get('/', (req: Request) => req.url);\n",
      files: { 'package.json': '{ "name": "api", "devDependencies": { "@types/express": "^4.17.21" } }\n' },
      errors: [{ range: [0, 33, 0, 42], message: /Only its typings \(@types\/express\) are declared/ }],
    },
    {
      name: 'test file: the preferred fix adds to devDependencies',
      code: "import request from 'supertest';\n",
      filename: 'test/app.test.ts',
      errors: [{ range: [0, 20, 0, 31], text: "'supertest'" }],
      outputFiles: { 'package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {},\n  "devDependencies": {\n    "supertest": "*"\n  }\n}\n' },
    },
    {
      name: 'test file: the second fix adds to dependencies',
      code: "import request from 'supertest';\n",
      filename: 'test/app.test.ts',
      fixIndex: 1,
      errors: [{ text: "'supertest'" }],
      outputFiles: { 'package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {\n    "supertest": "*"\n  }\n}\n' },
    },
    {
      name: 'nearest package.json of a monorepo app, not the root',
      code: "import { Pool } from 'pg';\n",
      filename: 'apps/api/src/db.ts',
      files: {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"] }\n',
        'apps/api/package.json': '{\n  "name": "@acme/api",\n  "dependencies": {\n    "express": "^4.19.2"\n  }\n}\n',
        'apps/web/package.json': '{ "name": "@acme/web", "dependencies": { "pg": "^8.11.0" } }\n',
      },
      errors: [{ range: [0, 21, 0, 25], message: /not declared in apps\/api\/package.json/ }],
      outputFiles: { 'apps/api/package.json': '{\n  "name": "@acme/api",\n  "dependencies": {\n    "express": "^4.19.2",\n    "pg": "*"\n  }\n}\n' },
    },
    {
      // Runtime code must declare its packages in its own manifest even when the workspace root
      // declares them (corpus: acme-monorepo, pnpm workspace with lodash in the root's devDependencies).
      name: 'runtime code of a workspace member relying on a root declaration',
      code: "import chunk from 'lodash/chunk';\nimport { formatMoney } from '@acme/shared';\nexport const batches = chunk([1, 2, 3], 2).map(String).concat(formatMoney(1));\n",
      filename: 'apps/worker/src/index.ts',
      files: {
        'package.json': '{ "name": "acme-platform", "private": true, "devDependencies": { "lodash": "^4.17.21" } }\n',
        'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
        'apps/worker/package.json': '{\n  "name": "@acme/worker",\n  "dependencies": {\n    "@acme/shared": "workspace:*"\n  }\n}\n',
        'packages/shared/package.json': '{ "name": "@acme/shared", "version": "1.2.0" }\n',
      },
      errors: [{ range: [0, 18, 0, 32], text: "'lodash/chunk'", message: /declared only in the workspace root \(package\.json\), not in apps\/worker\/package\.json/ }],
      outputFiles: { 'apps/worker/package.json': '{\n  "name": "@acme/worker",\n  "dependencies": {\n    "@acme/shared": "workspace:*",\n    "lodash": "^4.17.21"\n  }\n}\n' },
    },
    {
      name: 'a CLI bin of a workspace member is shipped code, not tooling',
      code: "#!/usr/bin/env node\nconst chalk = require('chalk');\nconsole.log(chalk.green('ok'));\n",
      filename: 'packages/cli/bin/run.js',
      files: {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["packages/*"], "devDependencies": { "chalk": "^4.1.2" } }\n',
        'packages/cli/package.json': '{ "name": "@acme/cli", "bin": { "acme": "bin/run.js" }, "dependencies": {} }\n',
      },
      errors: [{ text: "'chalk'", message: /declared only in the workspace root/ }],
    },
    {
      name: 'a package.json without a dependencies section gets one',
      code: "const axios = require('axios');\nmodule.exports = () => axios.get('/');\n",
      filename: 'index.js',
      files: { 'package.json': '{\n  "name": "worker",\n  "main": "index.js"\n}\n' },
      errors: [{ range: [0, 22, 0, 29] }],
      outputFiles: { 'package.json': '{\n  "name": "worker",\n  "main": "index.js",\n  "dependencies": {\n    "axios": "*"\n  }\n}\n' },
    },
    {
      name: 'a specifier that looks like a builtin but is an npm package without the prefix',
      code: "import test from 'test';\nimport { z } from 'zod';\n",
      errors: [{ text: "'test'" }, { text: "'zod'" }],
    },
    {
      name: 'a root tsconfig.base.json alias does not cover other packages of the same scope',
      code: "import { formatPlate } from '@fleet/shared';\nimport { Client } from '@fleet/sdk';\n",
      filename: 'apps/dispatch/src/main.ts',
      files: { 'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@fleet/shared": ["libs/shared/src/index.ts"] } } }\n' },
      errors: [{ text: "'@fleet/sdk'" }],
    },
    {
      name: 'only tsconfig.base.json counts as a shared base config',
      code: "import { formatPlate } from '@fleet/shared';\n",
      filename: 'apps/dispatch/src/main.ts',
      files: { 'tsconfig.spec.json': '{ "compilerOptions": { "paths": { "@fleet/shared": ["libs/shared/src/index.ts"] } } }\n' },
      errors: [{ text: "'@fleet/shared'" }],
    },
    {
      name: 'tsconfig paths do not cover other scopes',
      code: "import { db } from '@/db';\nimport { Injectable } from '@nestjs/common';\n",
      files: { 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["src/*"], "*": ["types/*"] } } }\n' },
      errors: [{ range: [1, 27, 1, 43], text: "'@nestjs/common'" }],
    },
  ],
});
