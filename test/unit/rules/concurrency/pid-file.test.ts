import { ruleTester } from '../../../helpers/ruleTester';
import { pidFile } from '../../../../server/src/engine/rules/concurrency/pid-file';

ruleTester(pidFile, {
  valid: [
    // Reading pid files in tooling.
    { code: "import fs from 'fs';\nconst pid = Number(fs.readFileSync('/var/run/app.pid', 'utf8'));\nprocess.kill(pid, 'SIGTERM');\n", filename: 'bin/stop.ts' },
    // Logging the pid.
    { code: "console.log(`worker ${process.pid} started`);\nlogger.info({ pid: process.pid }, 'listening');\n" },
    { code: "process.stdout.write(`pid ${process.pid}\\n`);\n" },
    // Log lines that mention the pid are logs, not pid files.
    { code: "import fs from 'fs';\nfs.appendFileSync('logs/app.log', `[${process.pid}] started\\n`);\n" },
    // Removing a stale pid file is cleanup, not writing one.
    { code: "import fs from 'fs';\nif (fs.existsSync('app.pid')) fs.unlinkSync('app.pid');\n" },
    // Writing other data to other files.
    { code: "import { writeFileSync } from 'fs';\nwriteFileSync('dist/build-info.json', JSON.stringify({ commit: process.env.GIT_SHA }));\n" },
    { code: "import fs from 'fs';\nfs.writeSync(1, `pid=${process.pid}\\n`);\n" },
    { code: "import fs from 'fs';\nfs.writeFileSync('server.pid', String(process.pid));\n", filename: 'test/pid.test.ts' },
    // A `pid` that is not this process's.
    { code: "import fs from 'fs';\nconst child = spawn('worker');\nfs.writeFileSync('children.json', JSON.stringify([child.pid]));\n" },
    // A JSON report in the temp directory that merely contains the pid is not a pid file (corpus: http-metrics).
    {
      code: "import { writeFile } from 'node:fs/promises';\nimport os from 'node:os';\nimport path from 'node:path';\nconst target = path.join(os.tmpdir(), `edge-report-${Date.now()}.json`);\nawait writeFile(target, JSON.stringify({ host: os.hostname(), pid: process.pid, at: new Date().toISOString() }));\n",
      filename: 'src/report.mjs',
    },
    // A status line with other text around the pid, to a file that is not pid-named.
    { code: "import fs from 'fs';\nfs.writeFileSync('status.txt', `worker ${process.pid} ready at ${new Date().toISOString()}\\n`);\n" },
    { code: "import fs from 'fs';\nconst snapshot = { pid: process.pid, memory: process.memoryUsage() };\nfs.writeFileSync('snapshot.json', JSON.stringify(snapshot));\n" },
  ],
  invalid: [
    {
      code: "import fs from 'fs';\nfs.writeFileSync('/var/run/api.pid', String(process.pid));\n",
      errors: [{ range: [1, 0, 1, 57], text: "fs.writeFileSync('/var/run/api.pid', String(process.pid))", message: /writes a pid file/ }],
    },
    {
      code: "const fs = require('fs');\nconst path = require('path');\nfs.writeFileSync(path.join(__dirname, 'app.pid'), `${process.pid}`);\n",
      filename: 'server.js',
      errors: [{ text: "fs.writeFileSync(path.join(__dirname, 'app.pid'), `${process.pid}`)" }],
    },
    {
      code: "import { writeFile } from 'node:fs/promises';\nawait writeFile(process.env.PID_FILE ?? 'server.lock', process.pid.toString());\n",
      errors: [{ text: "writeFile(process.env.PID_FILE ?? 'server.lock', process.pid.toString())" }],
    },
    {
      code: "import fs from 'fs';\nconst pidFile = `${process.env.RUN_DIR}/worker.pid`;\nfs.writeFile(pidFile, 'running', () => {});\n",
      errors: [{ text: "fs.writeFile(pidFile, 'running', () => {})", range: [2, 0, 2, 42] }],
    },
    {
      code: "import * as fs from 'fs';\nconst pid = process.pid;\nfs.promises.writeFile('./tmp/server.lock', pid + '\\n');\n",
      errors: [{ text: "fs.promises.writeFile('./tmp/server.lock', pid + '\\n')" }],
    },
    {
      code: "const npid = require('npid');\nconst pid = npid.create('/var/run/nodejs/app.pid');\npid.removeOnExit();\n",
      filename: 'index.js',
      errors: [{ text: "npid.create('/var/run/nodejs/app.pid')", message: /npid writes a pid file/ }],
    },
    {
      code: "import fse from 'fs-extra';\nawait fse.outputFile('run/app.pid', String(process.pid));\n",
      errors: [{ text: "fse.outputFile('run/app.pid', String(process.pid))" }],
    },
    {
      code: "import fs from 'fs';\nconst fd = fs.openSync('/var/run/app.lock', 'w');\nfs.writeSync(fd, String(process.pid));\n",
      errors: [{ text: 'fs.writeSync(fd, String(process.pid))', message: /process\.pid to a file/ }],
    },
    {
      code: "import fs from 'fs';\nfunction writePidFile() {\n  fs.writeFileSync(PID_PATH, JSON.stringify({ pid: process.pid, startedAt: Date.now() }));\n}\n",
      errors: [{ range: [2, 2, 2, 89] }],
    },
    // The pid alone, with a trailing newline, to a file whose name says nothing.
    {
      code: "import { writeFileSync } from 'fs';\nwriteFileSync('/var/run/worker.lock', `${process.pid}\\n`);\n",
      errors: [{ text: "writeFileSync('/var/run/worker.lock', `${process.pid}\\n`)" }],
    },
    {
      code: "import fs from 'fs';\nconst pidText = String(process.pid);\nfs.writeFileSync('.server-lock', pidText + '\\n');\n",
      errors: [{ text: "fs.writeFileSync('.server-lock', pidText + '\\n')" }],
    },
    {
      code: "import { createWriteStream } from 'fs';\nconst out = createWriteStream('/run/app.pid');\nout.end(String(process.pid));\n",
      errors: [{ text: "createWriteStream('/run/app.pid')" }],
    },
  ],
});
