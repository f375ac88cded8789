import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const npmToken = 'npm_k9IIU4j0KgPFlrODowlmbTyhXfpcD30pDH9j';
const npmrc = path.join(os.tmpdir(), 'payments-sdk.npmrc');
fs.writeFileSync(npmrc, `//registry.npmjs.org/:_authToken=${npmToken}\n`);
execFileSync(process.execPath, [require.resolve('npm/bin/npm-cli.js'), 'publish', 'sdk/', '--userconfig', npmrc], { stdio: 'inherit' });
