import { ruleTester } from '../../../helpers/ruleTester';
import { crossAppImport } from '../../../../server/src/engine/rules/codebase/cross-app-import';

/** A monorepo: a workspace root with two apps and a library, each with its own package.json. */
const monorepo: Record<string, string | null> = {
  'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*", "packages/*"] }\n',
  'apps/api/package.json': '{ "name": "@acme/api", "dependencies": { "@acme/shared": "workspace:*" } }\n',
  'apps/web/package.json': '{ "name": "@acme/web", "dependencies": {} }\n',
  'packages/shared/package.json': '{ "name": "@acme/shared", "version": "1.0.0" }\n',
};

/** Two apps side by side in one repository, with no workspace root. */
const siblingApps: Record<string, string | null> = {
  'package.json': null,
  'backend/package.json': '{ "name": "backend", "dependencies": { "express": "^4.19.2" } }\n',
  'frontend/package.json': '{ "name": "frontend", "dependencies": { "react": "^18.3.0" } }\n',
};

ruleTester(crossAppImport, {
  valid: [
    // Imports inside the package, however deep.
    { code: "import { db } from './db';\nimport { config } from '../../config';\n", filename: 'apps/api/src/routes/users/index.ts', files: monorepo },
    // Workspace packages imported by name.
    { code: "import { formatMoney } from '@acme/shared';\nconst { slugify } = require('@acme/shared/strings');\n", filename: 'apps/api/src/index.ts', files: monorepo },
    // The enclosing monorepo's manifest (its version) is metadata, not another app's code.
    { code: "import { version } from '../../../package.json';\n", filename: 'apps/web/src/main.ts', files: monorepo },
    // A test loading a fixture project by path.
    { code: "import { createApp } from './fixtures/basic-app/src/app';\n", filename: 'test/app.test.ts', files: { 'test/fixtures/basic-app/package.json': '{ "name": "basic-app", "dependencies": {} }\n' } },
    // Tool configuration extending a shared preset by path.
    { code: "const preset = require('../../jest.preset.js');\nmodule.exports = { ...preset };\n", filename: 'apps/api/jest.config.js', files: monorepo },
    { code: "import base from '../../eslint.config.mjs';\nexport default [...base];\n", filename: 'apps/web/eslint.config.mjs', files: monorepo },
    // A single-package repository.
    { code: "import { handler } from '../lib/handler';\nexport * from '../../src/types';\n", filename: 'src/api/index.ts' },
    // A module-format marker package.json is no package boundary.
    { code: "import { db } from '../db';\n", filename: 'src/esm/index.ts', files: { 'src/esm/package.json': '{ "type": "module" }\n' } },
    // Files without any package.json, and targets outside every package.
    { code: "import { x } from '../other/x';\n", filename: 'scripts/run.ts', files: { 'package.json': null } },
    // Bare and builtin specifiers are not paths.
    { code: "import fs from 'node:fs';\nimport express from 'express';\n", filename: 'backend/src/index.ts', files: siblingApps },
  ],
  invalid: [
    {
      code: "import { formatPrice } from '../../../web/src/utils/format';\n",
      filename: 'apps/api/src/routes/orders.ts',
      files: monorepo,
      errors: [{ range: [0, 28, 0, 59], text: "'../../../web/src/utils/format'", message: /leaves @acme\/api \(apps\/api\) and reaches into the source of @acme\/web \(apps\/web\)/ }],
    },
    {
      name: 'a library reached by path instead of by name',
      code: "import { formatMoney } from '../../../packages/shared/src/money';\n",
      filename: 'apps/api/src/index.ts',
      files: monorepo,
      errors: [{ range: [0, 28, 0, 64], message: /Depend on @acme\/shared by name/ }],
    },
    {
      name: 'require, dynamic import and export-from',
      code: "const { User } = require('../../backend/src/models/user');\nconst api = await import('../../backend/src/api.js');\nexport { Order } from '../../backend/src/models/order';\n",
      filename: 'frontend/src/app.js',
      files: siblingApps,
      errors: [
        { range: [0, 25, 0, 56], text: "'../../backend/src/models/user'" },
        { range: [1, 25, 1, 51], text: "'../../backend/src/api.js'" },
        { range: [2, 22, 2, 54], text: "'../../backend/src/models/order'" },
      ],
    },
    {
      name: 'type-only imports still couple the codebases',
      code: "import type { Order } from '../../backend/src/models/order';\nimport Types = require('../../backend/src/types');\n",
      filename: 'frontend/src/api.ts',
      files: siblingApps,
      errors: [{ text: "'../../backend/src/models/order'" }, { text: "'../../backend/src/types'" }],
    },
    {
      name: 'a package directory itself',
      code: "import shared from '../../../packages/shared';\n",
      filename: 'apps/web/src/index.ts',
      files: monorepo,
      errors: [{ text: "'../../../packages/shared'" }],
    },
    {
      name: 'a nested package reaching up into the root app',
      code: "import { User } from '../../src/models/user';\n",
      filename: 'functions/src/index.ts',
      files: { 'package.json': '{ "name": "app", "dependencies": { "express": "^4.19.2" } }\n', 'functions/package.json': '{ "name": "functions", "dependencies": { "firebase-functions": "^5.0.0" } }\n' },
      errors: [{ range: [0, 21, 0, 44], message: /leaves functions \(functions\) and reaches into the source of app \(the workspace root\)/ }],
    },
    {
      name: 'the root app reaching down into a nested package',
      code: "import { handler } from './functions/src/handler';\n",
      filename: 'server.ts',
      files: { 'functions/package.json': '{ "name": "functions", "dependencies": {} }\n' },
      errors: [{ text: "'./functions/src/handler'" }],
    },
    {
      name: 'require.resolve and a nameless package',
      code: "const worker = require.resolve('../../worker/index.js');\n",
      filename: 'web/src/jobs.cjs',
      files: { 'package.json': null, 'web/package.json': '{ "name": "web", "dependencies": {} }\n', 'worker/package.json': '{ "private": true, "dependencies": { "bullmq": "^5.0.0" } }\n' },
      errors: [{ text: "'../../worker/index.js'", message: /reaches into the source of worker: .*Extract the shared code into a library package/ }],
    },
    {
      name: 'code kept loose in the workspace root and shared by path',
      code: "import { tokens } from '../../../design/tokens';\n",
      filename: 'apps/web/src/main.ts',
      files: monorepo,
      errors: [{ range: [0, 23, 0, 47], message: /leaves @acme\/web \(apps\/web\) and reaches into the source of acme \(the workspace root\)/ }],
    },
    {
      name: 'a test file reaching into another app',
      code: "import { app } from '../../web/src/app';\n",
      filename: 'backend/test/e2e.test.ts',
      files: { ...siblingApps, 'web/package.json': '{ "name": "web" }\n' },
      errors: [{ text: "'../../web/src/app'" }],
    },
  ],
});
