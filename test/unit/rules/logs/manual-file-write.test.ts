import { ruleTester } from '../../../helpers/ruleTester';
import { manualFileWrite } from '../../../../server/src/engine/rules/logs/manual-file-write';

ruleTester(manualFileWrite, {
  valid: [
    // writes to other files
    { code: "import fs from 'fs';\nfs.writeFileSync('catalog.json', JSON.stringify(catalog));\n" },
    { code: "import { writeFile } from 'fs/promises';\nawait writeFile(path.join(uploadDir, file.name), file.buffer);\n" },
    // "log" inside other words is not about logs
    { code: "import fs from 'fs';\nfs.writeFileSync(blogPath, html);\nfs.appendFileSync(catalogFile, row);\nfs.writeFileSync(dialogStatePath, state);\n" },
    { code: "import fs from 'fs';\nfs.writeFileSync(path.join(root, 'CHANGELOG.md'), changelog);\nfs.appendFileSync(CHANGE_LOG_PATH, entry);\n" },
    // reading log files
    { code: "import fs from 'fs';\nconst lines = fs.readFileSync('app.log', 'utf8').split('\\n');\nfs.createReadStream('/var/log/nginx/access.log').pipe(parser);\n" },
    // a pid file is concurrency/pid-file's finding
    { code: "import fs from 'fs';\nfs.writeFileSync('logs/server.pid', String(process.pid));\n" },
    // writing to stdout already
    { code: "process.stdout.write(`${new Date().toISOString()} ${message}\\n`);\nconsole.log(JSON.stringify(entry));\n" },
    // a stream to a non-log file, not named after logs
    { code: "const fs = require('fs');\nconst out = fs.createWriteStream(path.join(exportDir, 'report.csv'));\n" },
    // a logger (not a log file) variable, and a login file
    { code: "import fs from 'fs';\nfs.writeFileSync(loginTemplatePath, html);\nfs.writeFileSync(loggerConfig.outputJson, body);\n" },
    // a logo is not a log
    { code: "import { writeFile } from 'fs/promises';\nawait writeFile(logoPath, image);\nawait writeFile(config.logo.path, image);\n" },
    // tests may write scratch logs
    { code: "import fs from 'fs';\nfs.appendFileSync('test-output.log', line);\n", filename: 'test/helpers/capture.ts' },
    // inside a logger, only appends and streams are taken as log files: this is a state file
    { code: "import fs from 'fs';\nclass Logger {\n  saveSettings() {\n    fs.writeFileSync(this.settingsPath, JSON.stringify(this.settings));\n  }\n}\n" },
    // a path from a different module's `appendFile` (not fs)
    { code: "import { appendFile } from './storage';\nawait appendFile('audit.log', line);\n" },
  ],
  invalid: [
    {
      code: "import fs from 'fs';\nfs.appendFileSync('app.log', `${new Date().toISOString()} ${msg}\\n`);\n",
      errors: [{ range: [1, 0, 1, 68], text: "fs.appendFileSync('app.log', `${new Date().toISOString()} ${msg}\\n`)", message: /appendFileSync writes log output to a file \('app\.log' ends in \.log\)/ }],
      output: "import fs from 'fs';\nprocess.stdout.write(`${new Date().toISOString()} ${msg}\\n`);\n",
    },
    {
      name: 'callback form under a logs folder via path.join keeps the callback',
      code: "const fs = require('fs');\nconst path = require('path');\nfs.appendFile(path.join(__dirname, 'logs', 'app.txt'), line, (err) => { if (err) console.error(err); });\n",
      errors: [{ range: [2, 0, 2, 103], text: "fs.appendFile(path.join(__dirname, 'logs', 'app.txt'), line, (err) => { if (err) console.error(err); })", message: /log folder/ }],
      output: "const fs = require('fs');\nconst path = require('path');\nprocess.stdout.write(line, (err) => { if (err) console.error(err); });\n",
    },
    {
      name: 'fs/promises named import, awaited',
      code: "import { appendFile } from 'node:fs/promises';\nexport async function audit(line: string) {\n  await appendFile('/var/log/shop/audit.txt', line + '\\n');\n}\n",
      errors: [{ range: [2, 8, 2, 58], text: "appendFile('/var/log/shop/audit.txt', line + '\\n')" }],
      output: "import { appendFile } from 'node:fs/promises';\nexport async function audit(line: string) {\n  await process.stdout.write(line + '\\n');\n}\n",
    },
    {
      name: 'fs.promises used as a value stays a promise',
      code: "import * as fs from 'fs';\nexport function log(line: string) {\n  return fs.promises.appendFile(process.env.LOG_FILE ?? 'app.log', line);\n}\n",
      errors: [{ range: [2, 9, 2, 72], text: "fs.promises.appendFile(process.env.LOG_FILE ?? 'app.log', line)" }],
      output: "import * as fs from 'fs';\nexport function log(line: string) {\n  return Promise.resolve(process.stdout.write(line));\n}\n",
    },
    {
      name: 'createWriteStream of an access log becomes process.stdout',
      code: "const fs = require('fs');\nconst accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' });\n",
      errors: [{ range: [1, 24, 1, 96], text: "fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' })" }],
      output: "const fs = require('fs');\nconst accessLogStream = process.stdout;\n",
    },
    {
      name: 'variable named like a log file (fs-extra)',
      code: "import fse from 'fs-extra';\nconst LOG_FILE = process.env.LOG_FILE || './server-output.txt';\nfse.outputFileSync(LOG_FILE, entry);\n",
      errors: [{ range: [2, 0, 2, 35], text: 'fse.outputFileSync(LOG_FILE, entry)', message: /uses LOG_FILE/ }],
      output: "import fse from 'fs-extra';\nconst LOG_FILE = process.env.LOG_FILE || './server-output.txt';\nprocess.stdout.write(entry);\n",
    },
    {
      name: 'promisified appendFile with a config.logFile path, chained with then',
      code: "import { promisify } from 'util';\nimport fs from 'fs';\nconst appendFileAsync = promisify(fs.appendFile);\nappendFileAsync(config.logFile, line).then(() => done());\n",
      errors: [{ range: [3, 0, 3, 37], text: 'appendFileAsync(config.logFile, line)' }],
      output: "import { promisify } from 'util';\nimport fs from 'fs';\nconst appendFileAsync = promisify(fs.appendFile);\nPromise.resolve(process.stdout.write(line)).then(() => done());\n",
    },
    {
      name: 'writeFile to a template under LOG_DIR with encoding and callback',
      code: "import fs from 'fs';\nfs.writeFile(`${LOG_DIR}/errors-${day}.json`, body, 'utf8', cb);\n",
      errors: [{ range: [1, 0, 1, 63], text: "fs.writeFile(`${LOG_DIR}/errors-${day}.json`, body, 'utf8', cb)", message: /uses LOG_DIR/ }],
      output: "import fs from 'fs';\nprocess.stdout.write(body, cb);\n",
    },
    {
      name: 'a stream kept as logStream',
      code: "import { createWriteStream } from 'fs';\nthis.logStream = createWriteStream(outputPath, { flags: 'a' });\n",
      errors: [{ range: [1, 17, 1, 62], text: "createWriteStream(outputPath, { flags: 'a' })", message: /kept as logStream/ }],
      output: "import { createWriteStream } from 'fs';\nthis.logStream = process.stdout;\n",
    },
    {
      name: 'writeFileSync into a logs folder through path.resolve',
      code: "const { writeFileSync } = require('fs');\nconst { resolve } = require('path');\nwriteFileSync(resolve('logs/last-error.json'), JSON.stringify(err));\n",
      errors: [{ range: [2, 0, 2, 67], text: "writeFileSync(resolve('logs/last-error.json'), JSON.stringify(err))" }],
      output: "const { writeFileSync } = require('fs');\nconst { resolve } = require('path');\nprocess.stdout.write(JSON.stringify(err));\n",
    },
    {
      name: 'a log file in JavaScript with fs required inside a function',
      filename: 'lib/logger.js',
      code: "function log(msg) {\n  const fs = require('fs');\n  fs.appendFileSync(__dirname + '/../error_log.txt', msg + '\\n');\n}\n",
      errors: [{ range: [2, 2, 2, 64], text: "fs.appendFileSync(__dirname + '/../error_log.txt', msg + '\\n')", message: /is a log file/ }],
      output: "function log(msg) {\n  const fs = require('fs');\n  process.stdout.write(msg + '\\n');\n}\n",
    },
    {
      name: 'the path comes from a name about a log (config.errorLog)',
      code: "import fs from 'fs';\nfs.appendFile(config.errorLog, `${err.stack}\\n`, () => {});\n",
      errors: [{ range: [1, 0, 1, 58], text: 'fs.appendFile(config.errorLog, `${err.stack}\\n`, () => {})', message: /uses config\.errorLog/ }],
      output: "import fs from 'fs';\nprocess.stdout.write(`${err.stack}\\n`, () => {});\n",
    },
    {
      name: 'the data is a log entry (promises imported as fs)',
      code: "import { promises as fs } from 'fs';\nexport async function timeAppend(message: string) {\n  const logEntry = `[${new Date().toISOString()}] ${message}\\n`;\n  await fs.appendFile('./output.txt', logEntry);\n}\n",
      errors: [{ range: [3, 8, 3, 47], text: "fs.appendFile('./output.txt', logEntry)", message: /the data written is logEntry/ }],
      output: "import { promises as fs } from 'fs';\nexport async function timeAppend(message: string) {\n  const logEntry = `[${new Date().toISOString()}] ${message}\\n`;\n  await process.stdout.write(logEntry);\n}\n",
    },
    {
      name: 'a hand-rolled logger class appending to its configured file',
      code: "import fs from 'fs';\nexport class FileLogger {\n  constructor(private readonly target: string) {}\n  info(message: string) {\n    fs.appendFileSync(this.target, `INFO ${message}\\n`);\n  }\n}\n",
      errors: [{ range: [4, 4, 4, 55], text: 'fs.appendFileSync(this.target, `INFO ${message}\\n`)', message: /written from FileLogger/ }],
      output: "import fs from 'fs';\nexport class FileLogger {\n  constructor(private readonly target: string) {}\n  info(message: string) {\n    process.stdout.write(`INFO ${message}\\n`);\n  }\n}\n",
    },
  ],
});
