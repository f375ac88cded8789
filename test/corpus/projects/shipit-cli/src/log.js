import { promises as fsp } from 'fs';
import os from 'os';
import path from 'path';
import chalk from 'chalk';

const logFile = path.join(os.homedir(), '.shipit', 'shipit.log');

export async function log(message) {
  console.log(chalk.cyan('shipit'), message);
  await fsp.mkdir(path.dirname(logFile), { recursive: true });
  await fsp.appendFile(logFile, `${new Date().toISOString()} ${message}\n`);
}
