import { ruleTester } from '../../../helpers/ruleTester';
import { swallowedFatalError } from '../../../../server/src/engine/rules/disposability/swallowed-fatal-error';

ruleTester(swallowedFatalError, {
  valid: [
    { name: 'log then exit', code: "process.on('uncaughtException', (err) => {\n  console.error('fatal', err);\n  process.exit(1);\n});\n" },
    { name: 'rethrow a rejection', code: "process.on('unhandledRejection', (reason) => {\n  throw reason;\n});\n" },
    {
      name: 'a local shutdown function that exits',
      code: "function gracefulShutdown(code: number) {\n  server.close(() => process.exit(code));\n}\nprocess.on('uncaughtException', (error) => {\n  logger.fatal(error);\n  gracefulShutdown(1);\n});\n",
    },
    { name: 'an imported handler is not judged', code: "import { onFatal } from './errors';\nprocess.on('uncaughtException', onFatal);\n" },
    {
      name: 'an imported shutdown routine',
      code: "import { shutdown } from './lifecycle';\nprocess.on('unhandledRejection', (reason) => {\n  logger.error({ reason }, 'unhandled rejection');\n  shutdown();\n});\n",
    },
    {
      name: 'the error is handed to code we cannot see',
      code: "process.on('uncaughtException', (error: Error) => {\n  errorHandler.handleError(error);\n});\n",
    },
    { name: 'exit after flushing the logger', code: "process.on('uncaughtException', (err) => {\n  logger.error(err);\n  logger.flush(() => process.exit(1));\n});\n" },
    { name: 'kill itself with a signal', code: "process.once('uncaughtException', (err) => {\n  console.error(err);\n  process.kill(process.pid, 'SIGTERM');\n});\n" },
    // process.exitCode alone does not end the process; with something that does, it is fine.
    { name: 'exitCode, then a close whose callback exits', code: "process.on('unhandledRejection', (reason) => {\n  console.error(reason);\n  process.exitCode = 1;\n  server.close(() => process.exit());\n});\n" },
    { name: 'exitCode, then rethrow', code: "process.on('uncaughtException', (err) => {\n  process.exitCode = 1;\n  throw err;\n});\n" },
    { name: 'exitCode, then an imported shutdown routine', code: "import { shutdown } from './lifecycle';\nprocess.on('uncaughtException', (err) => {\n  logger.fatal(err);\n  process.exitCode = 1;\n  shutdown('uncaughtException');\n});\n" },
    { name: 'timer with process.exit as a value', code: "process.on('uncaughtException', (err) => {\n  console.error(err);\n  setTimeout(process.exit, 500, 1);\n});\n" },
    { name: 'the monitor event only observes', code: "process.on('uncaughtExceptionMonitor', (err) => console.error(err));\n" },
    { name: 'test files', code: "process.on('unhandledRejection', () => {});\n", filename: 'test/setup.test.ts' },
    { name: 'other process events', code: "process.on('warning', (warning) => console.warn(warning));\n" },
    { name: 'an emitter that is not the process', code: "worker.on('uncaughtException', (err) => console.error(err));\n" },
    {
      name: 'a class method that exits',
      code: "class App {\n  start() {\n    process.on('uncaughtException', this.onFatal);\n  }\n  onFatal(err: Error) {\n    console.error(err);\n    process.exit(1);\n  }\n}\n",
    },
    { name: 'emitting SIGTERM runs the shutdown handlers', code: "process.on('uncaughtException', (err) => {\n  console.error(err);\n  process.emit('SIGTERM');\n});\n" },
    { name: 'clearing the capture callback', code: "process.setUncaughtExceptionCaptureCallback(null);\n" },
  ],
  invalid: [
    {
      name: 'log only (Node docs example)',
      code: "process.on('unhandledRejection', (reason, promise) => {\n  console.error('Unhandled Rejection at:', promise, 'reason:', reason);\n});\n",
      errors: [{ range: [0, 0, 2, 2], message: /'unhandledRejection' handler neither exits nor rethrows/ }],
      output: "process.on('unhandledRejection', (reason, promise) => {\n  console.error('Unhandled Rejection at:', promise, 'reason:', reason);\n  process.exit(1);\n});\n",
    },
    {
      name: 'expression-bodied arrow becomes a block',
      code: "process.on('uncaughtException', (err) => console.error(err));\n",
      errors: [{ text: "process.on('uncaughtException', (err) => console.error(err))", range: [0, 0, 0, 60] }],
      output: "process.on('uncaughtException', (err) => {\n  console.error(err);\n  process.exit(1);\n});\n",
    },
    {
      name: 'a named handler declared in the file: the fix edits the declaration',
      code: "function onUncaught(error: Error) {\n  logger.error({ err: error }, 'uncaught exception');\n}\nprocess.on('uncaughtException', onUncaught);\n",
      errors: [{ text: "process.on('uncaughtException', onUncaught)", range: [3, 0, 3, 43] }],
      output: "function onUncaught(error: Error) {\n  logger.error({ err: error }, 'uncaught exception');\n  process.exit(1);\n}\nprocess.on('uncaughtException', onUncaught);\n",
    },
    {
      name: 'console.error passed directly',
      code: "process.on('unhandledRejection', console.error);\n",
      errors: [{ text: "process.on('unhandledRejection', console.error)", range: [0, 0, 0, 47] }],
      output: "process.on('unhandledRejection', (reason) => {\n  console.error(reason);\n  process.exit(1);\n});\n",
    },
    {
      name: 'an empty handler',
      filename: 'src/index.js',
      code: "process.on('unhandledRejection', () => {});\n",
      errors: [{ text: "process.on('unhandledRejection', () => {})" }],
      output: "process.on('unhandledRejection', () => {\n  process.exit(1);\n});\n",
    },
    {
      name: 'Sentry capture only, once, CommonJS without semicolons',
      filename: 'server.js',
      code: "const Sentry = require('@sentry/node')\nprocess.once('uncaughtException', function (err) {\n  Sentry.captureException(err)\n})\n",
      errors: [{ range: [1, 0, 3, 2] }],
      output: "const Sentry = require('@sentry/node')\nprocess.once('uncaughtException', function (err) {\n  Sentry.captureException(err)\n  process.exit(1)\n})\n",
    },
    {
      name: 'a single-line block body',
      code: "process.on('uncaughtException', (e) => { logger.error(e); });\n",
      errors: [{ text: "process.on('uncaughtException', (e) => { logger.error(e); })" }],
      output: "process.on('uncaughtException', (e) => { logger.error(e); process.exit(1); });\n",
    },
    {
      name: 'a trailing return: exit before it',
      code: "process.on('uncaughtException', (err) => {\n  console.error(err);\n  return;\n});\n",
      errors: [{ range: [0, 0, 3, 2] }],
      output: "process.on('uncaughtException', (err) => {\n  console.error(err);\n  process.exit(1);\n  return;\n});\n",
    },
    {
      name: 'both events registered in a loop',
      code: "['uncaughtException', 'unhandledRejection'].forEach((event) => {\n  process.on(event, (error) => {\n    logger.error({ error }, event);\n  });\n});\n",
      errors: [{ range: [1, 2, 3, 4], message: /'uncaughtException' handler/ }],
      output: "['uncaughtException', 'unhandledRejection'].forEach((event) => {\n  process.on(event, (error) => {\n    logger.error({ error }, event);\n    process.exit(1);\n  });\n});\n",
    },
    {
      name: 'a local helper that only logs is followed',
      code: "const report = (err: unknown) => metrics.increment('crash');\nprocess.on('unhandledRejection', (reason) => {\n  report(reason);\n});\n",
      errors: [{ range: [1, 0, 3, 2] }],
    },
    {
      name: 'prependListener with an async handler',
      code: "process.prependListener('unhandledRejection', async (reason: unknown) => {\n  await notifySlack(`rejection: ${String(reason)}`);\n});\n",
      errors: [{ range: [0, 0, 2, 2] }],
    },
    {
      name: 'setUncaughtExceptionCaptureCallback that only logs',
      code: "process.setUncaughtExceptionCaptureCallback((err) => {\n  console.error(err);\n});\n",
      errors: [{ range: [0, 0, 2, 2], message: /'uncaughtException'/ }],
      output: "process.setUncaughtExceptionCaptureCallback((err) => {\n  console.error(err);\n  process.exit(1);\n});\n",
    },
    {
      name: 'chained registrations: the swallowing one is reported',
      code: "process\n  .on('unhandledRejection', (reason) => {\n    logger.error(reason);\n    process.exit(1);\n  })\n  .on('uncaughtException', (err) => {\n    logger.error(err);\n  });\n",
      errors: [{ range: [0, 0, 7, 4], message: /'uncaughtException'/ }],
      output: "process\n  .on('unhandledRejection', (reason) => {\n    logger.error(reason);\n    process.exit(1);\n  })\n  .on('uncaughtException', (err) => {\n    logger.error(err);\n    process.exit(1);\n  });\n",
    },
    {
      name: 'a bound class method that only logs',
      code: "class Server {\n  constructor() {\n    process.on('unhandledRejection', this.onRejection.bind(this));\n  }\n  onRejection(reason: unknown) {\n    const message = reason instanceof Error ? reason.message : String(reason);\n    this.logger.warn(message);\n  }\n}\n",
      errors: [{ text: "process.on('unhandledRejection', this.onRejection.bind(this))", range: [2, 4, 2, 65] }],
      output: "class Server {\n  constructor() {\n    process.on('unhandledRejection', this.onRejection.bind(this));\n  }\n  onRejection(reason: unknown) {\n    const message = reason instanceof Error ? reason.message : String(reason);\n    this.logger.warn(message);\n    process.exit(1);\n  }\n}\n",
    },
    {
      name: 'collecting errors in a list is still swallowing',
      code: "const recent: Error[] = [];\nprocess.on('uncaughtException', (err) => {\n  recent.push(err);\n});\n",
      errors: [{ range: [1, 0, 3, 2] }],
    },
    {
      name: 'writing to stderr (the Node docs example)',
      filename: 'index.mjs',
      code: "import fs from 'node:fs';\nprocess.on('uncaughtException', (err, origin) => {\n  fs.writeSync(\n    process.stderr.fd,\n    `Caught exception: ${err}\\n` + `Exception origin: ${origin}\\n`,\n  );\n});\n",
      errors: [{ range: [1, 0, 6, 2] }],
      output: "import fs from 'node:fs';\nprocess.on('uncaughtException', (err, origin) => {\n  fs.writeSync(\n    process.stderr.fd,\n    `Caught exception: ${err}\\n` + `Exception origin: ${origin}\\n`,\n  );\n  process.exit(1);\n});\n",
    },
    {
      name: 'log then set process.exitCode: the process keeps serving',
      filename: 'server.mjs',
      code: "process.on('uncaughtException', (err) => {\n  log.error(err, 'uncaught exception');\n  process.exitCode = 1;\n});\n",
      errors: [{ range: [0, 0, 3, 2], message: /neither exits nor rethrows \(setting process\.exitCode does not end the process/ }],
      output: "process.on('uncaughtException', (err) => {\n  log.error(err, 'uncaught exception');\n  process.exit(1);\n});\n",
    },
    {
      name: 'exitCode then server.close() without an exit: open handles keep the process alive',
      code: "process.on('unhandledRejection', (reason) => {\n  console.error(reason);\n  process.exitCode = 2;\n  server.close();\n});\n",
      errors: [{ range: [0, 0, 4, 2], message: /process\.exitCode/ }],
      output: "process.on('unhandledRejection', (reason) => {\n  console.error(reason);\n  process.exitCode = 2;\n  server.close();\n  process.exit(1);\n});\n",
    },
    {
      name: 'a local routine that only sets exitCode and closes the pool',
      code: "async function stopEverything() {\n  await pool.end();\n  process.exitCode = 1;\n}\nprocess.on('uncaughtException', (err) => {\n  console.error(err);\n  stopEverything();\n});\n",
      errors: [{ range: [4, 0, 7, 2] }],
    },
    {
      name: 'process imported from node:process',
      code: "import process from 'node:process';\nprocess.on('uncaughtException', (err) => {\n  console.log(err.stack);\n});\n",
      errors: [{ range: [1, 0, 3, 2] }],
    },
  ],
});
