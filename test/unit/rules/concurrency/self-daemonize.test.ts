import { ruleTester } from '../../../helpers/ruleTester';
import { selfDaemonize } from '../../../../server/src/engine/rules/concurrency/self-daemonize';

ruleTester(selfDaemonize, {
  valid: [
    // Detached children that are not the app itself.
    { code: "import { spawn } from 'child_process';\nspawn('xdg-open', [url], { detached: true, stdio: 'ignore' }).unref();\n" },
    { code: "const { spawn } = require('child_process');\nconst child = spawn(process.execPath, [path.join(__dirname, 'worker.js')], { detached: true });\nchild.unref();\n", filename: 'src/index.js' },
    // Argument lists not built from the app's own script or arguments.
    { code: "const { spawn } = require('child_process');\nconst args = ['--inspect', path.join(__dirname, 'worker.js')].filter(Boolean);\nspawn(process.execPath, args, { detached: true, stdio: 'ignore' }).unref();\n", filename: 'src/index.js' },
    { code: "import { spawn } from 'child_process';\nconst browserArgs = [url].concat(extraFlags);\nspawn('chromium', browserArgs, { detached: true }).unref();\nspawn('xdg-open', process.argv.slice(2), { detached: true }).unref();\n" },
    // Re-running itself without detaching (e.g. a restart wrapper that stays in the foreground).
    { code: "import { spawn } from 'child_process';\nconst child = spawn(process.execPath, process.argv.slice(1), { stdio: 'inherit' });\nchild.on('exit', (code) => process.exit(code ?? 0));\n" },
    // Cluster workers disconnect legitimately.
    { code: "import cluster from 'node:cluster';\nif (cluster.isWorker) {\n  server.close(() => process.disconnect());\n}\n" },
    // Disconnecting on shutdown or in an IPC conversation.
    { code: "process.on('SIGTERM', () => {\n  server.close(() => process.disconnect());\n});\napp.listen(process.env.PORT);\n" },
    { code: "process.on('message', async (job) => {\n  process.send(await run(job));\n  process.disconnect();\n});\n" },
    // Mentioning the packages without calling them.
    { code: "// we used to use require('daemon')() here\nconst daemonMode = false;\n" },
    { code: "const daemon = require('daemon');\ndaemon();\n", filename: 'test/daemon.test.js' },
    // A detached self-spawn whose parent waits for it is not daemonising.
    { code: "import { spawn } from 'child_process';\nconst child = spawn(process.execPath, [__filename, '--child'], { detached: true, stdio: 'inherit' });\nchild.on('exit', (code) => process.exit(code ?? 0));\n" },
  ],
  invalid: [
    {
      code: "require('daemon')();\nconst app = require('./app');\napp.listen(process.env.PORT);\n",
      filename: 'server.js',
      errors: [{ range: [0, 0, 0, 19], text: "require('daemon')()", message: /daemon turns the app into a background daemon/ }],
    },
    {
      code: "const daemon = require('daemon');\ndaemon({ stdout: process.stdout, stderr: process.stderr });\n",
      filename: 'index.js',
      errors: [{ text: 'daemon({ stdout: process.stdout, stderr: process.stderr })' }],
    },
    {
      code: "const daemon = require('daemonize2').setup({\n  main: 'app.js',\n  name: 'api',\n  pidfile: 'api.pid',\n});\ndaemon.start();\n",
      filename: 'ctl.js',
      errors: [{ range: [0, 15, 4, 2], message: /daemonize2/ }],
    },
    {
      code: "import startStopDaemon from 'start-stop-daemon';\nstartStopDaemon({ outFile: 'out.log' }, () => {\n  startServer();\n});\n",
      errors: [{ text: "startStopDaemon({ outFile: 'out.log' }, () => {\n  startServer();\n})", range: [1, 0, 3, 2] }],
    },
    {
      code: "import { spawn } from 'node:child_process';\nif (!process.env.DAEMONIZED) {\n  const child = spawn(process.execPath, process.argv.slice(1), {\n    detached: true,\n    stdio: 'ignore',\n    env: { ...process.env, DAEMONIZED: '1' },\n  });\n  child.unref();\n  process.exit(0);\n}\n",
      errors: [{ range: [2, 16, 6, 4], message: /re-launches itself as a detached child/ }],
    },
    {
      code: "const cp = require('child_process');\ncp.spawn(process.argv[0], [__filename, 'serve'], { detached: true, stdio: 'ignore' }).unref();\n",
      filename: 'bin/serve.js',
      errors: [{ text: "cp.spawn(process.argv[0], [__filename, 'serve'], { detached: true, stdio: 'ignore' })", range: [1, 0, 1, 85] }],
    },
    {
      code: "import { fork } from 'child_process';\nimport { fileURLToPath } from 'url';\nconst self = fileURLToPath(import.meta.url);\nif (process.argv[2] !== 'child') {\n  fork(self, ['child'], { detached: true, stdio: 'ignore' }).unref();\n  process.exit();\n}\n",
      filename: 'src/main.mjs',
      errors: [{ text: "fork(self, ['child'], { detached: true, stdio: 'ignore' })" }],
    },
    {
      code: "import { execa } from 'execa';\nexeca(process.execPath, [...process.argv.slice(1), '--foreground'], { detached: true });\nprocess.exit(0);\n",
      errors: [{ text: "execa(process.execPath, [...process.argv.slice(1), '--foreground'], { detached: true })" }],
    },
    {
      name: 'arguments copied from process.argv through a filtered local',
      code: "const { spawn } = require('node:child_process');\nif (process.argv.includes('--daemon')) {\n  const args = process.argv.slice(1).filter((a) => a !== '--daemon');\n  const child = spawn(process.execPath, args, { detached: true, stdio: 'ignore' });\n  child.unref();\n  process.exit(0);\n}\n",
      filename: 'lib/serve.js',
      errors: [{ range: [3, 16, 3, 82], text: "spawn(process.execPath, args, { detached: true, stdio: 'ignore' })" }],
    },
    {
      name: "the app's arguments spread after slice(2), the script as process.argv[1] or require.main.filename",
      code: "import { spawn } from 'node:child_process';\nspawn(process.execPath, [...process.argv.slice(2), '--child'], { detached: true }).unref();\nconst rest = process.argv.slice(2);\nspawn(process.execPath, [process.argv[1], ...rest], { detached: true }).unref();\nspawn(process.execPath, [require.main.filename].concat(rest), { detached: true }).unref();\n",
      errors: [{ text: "spawn(process.execPath, [...process.argv.slice(2), '--child'], { detached: true })" }, { text: 'spawn(process.execPath, [process.argv[1], ...rest], { detached: true })' }, { text: 'spawn(process.execPath, [require.main.filename].concat(rest), { detached: true })' }],
    },
    {
      name: 'a list from process.argv mapped and stored in a variable',
      code: "import { spawn } from 'node:child_process';\nconst forwarded = process.argv.map((arg) => (arg === '--bg' ? '--fg' : arg)).slice(1);\nconst child = spawn(process.argv0, forwarded, { detached: true, stdio: 'ignore' });\nchild.unref();\n",
      errors: [{ text: "spawn(process.argv0, forwarded, { detached: true, stdio: 'ignore' })" }],
    },
    {
      code: "const app = require('./app');\napp.listen(process.env.PORT, () => {\n  if (process.send) process.send('ready');\n  process.disconnect();\n});\n",
      filename: 'server.js',
      errors: [{ text: 'process.disconnect()', range: [3, 2, 3, 22], message: /process\.disconnect\(\) cuts the app loose/ }],
    },
    {
      code: "import daemonizeProcess from 'daemonize-process';\ndaemonizeProcess();\nstartServer();\n",
      errors: [{ text: 'daemonizeProcess()' }],
    },
  ],
});
