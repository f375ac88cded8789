import { ruleTester } from '../../../helpers/ruleTester';
import { fileTransport } from '../../../../server/src/engine/rules/logs/file-transport';

ruleTester(fileTransport, {
  valid: [
    // console/stdout transports
    { code: "import winston from 'winston';\nexport const logger = winston.createLogger({\n  level: process.env.LOG_LEVEL ?? 'info',\n  format: winston.format.json(),\n  transports: [new winston.transports.Console()],\n});\n" },
    // pino.destination(1) and process.stdout
    { code: "import pino from 'pino';\nexport const a = pino(pino.destination(1));\nexport const b = pino({ level: 'info' }, pino.destination(process.stdout.fd));\nexport const c = pino({}, process.stdout);\nexport const d = pino(pino.destination({ dest: 1, sync: false }));\n" },
    // pino/file without a destination, or with destination 1, writes to stdout
    { code: "import pino from 'pino';\nconst transport = pino.transport({\n  targets: [\n    { target: 'pino/file', options: { destination: 1 } },\n    { target: 'pino/file' },\n    { target: 'pino-pretty', options: { colorize: true } },\n  ],\n});\nexport const logger = pino(transport);\n" },
    // the environment chooses the destination
    { code: "import pino from 'pino';\nexport const logger = pino(pino.destination(process.env.LOG_DESTINATION));\nconst t = pino.transport({ target: 'pino/file', options: { destination: process.env.LOG_FILE } });\n" },
    // morgan to stdout, or into the app logger
    { code: "import morgan from 'morgan';\napp.use(morgan('dev'));\napp.use(morgan('combined', { stream: { write: (line: string) => logger.info(line.trim()) } }));\napp.use(morgan('tiny', { stream: process.stdout }));\n" },
    // bunyan and log4js stdout configurations
    { code: "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({ name: 'api', streams: [{ level: 'info', stream: process.stdout }] });\nconst log4js = require('log4js');\nlog4js.configure({ appenders: { out: { type: 'stdout' }, err: { type: 'stderr' } }, categories: { default: { appenders: ['out'], level: 'info' } } });\n" },
    // a file upload field is not a log4js appender
    { code: "export const fields = [{ type: 'file', filename: 'avatar.png', name: 'avatar' }];\nconst config = { type: 'file', path: './uploads' };\n" },
    // winston File transport pointed at /dev/stdout
    { code: "import winston from 'winston';\nexport const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: '/dev/stdout' })] });\n" },
    // test files configure whatever they like
    { code: "import winston from 'winston';\nconst logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'test.log' })] });\n", filename: "test/logger.test.ts" },
    // a different library's File class
    { code: "import { File } from '@google-cloud/storage';\nconst file = new File(bucket, 'exports/report.csv');\nconst blob = new Blob(['x']);\n" },
    // fastify logging to stdout
    { code: "import Fastify from 'fastify';\nconst app = Fastify({ logger: { level: 'info', transport: { target: 'pino-pretty' } } });\n" },
  ],
  invalid: [
    {
      name: "winston File transports keep the access path and the level",
      code: "import winston from 'winston';\nexport const logger = winston.createLogger({\n  level: 'info',\n  transports: [\n    new winston.transports.File({ filename: 'error.log', level: 'error' }),\n    new winston.transports.Console(),\n  ],\n});\n",
      errors: [{ range: [4, 4, 4, 74], text: "new winston.transports.File({ filename: 'error.log', level: 'error' })", message: /winston writes logs to a file \(transports\.File\)/ }],
      output: "import winston from 'winston';\nexport const logger = winston.createLogger({\n  level: 'info',\n  transports: [\n    new winston.transports.Console({ level: 'error' }),\n    new winston.transports.Console(),\n  ],\n});\n",
    },
    {
      name: "destructured transports from require (CommonJS)",
      filename: "src/logger.js",
      code: "const { createLogger, transports, format } = require('winston');\nmodule.exports = createLogger({ transports: [new transports.File({ filename: 'logs/app.log', maxsize: 5242880, format: format.json() })] });\n",
      errors: [{ range: [1, 45, 1, 135], text: "new transports.File({ filename: 'logs/app.log', maxsize: 5242880, format: format.json() })" }],
      output: "const { createLogger, transports, format } = require('winston');\nmodule.exports = createLogger({ transports: [new transports.Console({ format: format.json() })] });\n",
    },
    {
      name: "winston 2 parenthesised constructor",
      code: "var winston = require('winston');\nvar logger = new (winston.Logger)({ transports: [new (winston.transports.File)({ filename: 'somefile.log' })] });\n",
      errors: [{ range: [1, 49, 1, 108], text: "new (winston.transports.File)({ filename: 'somefile.log' })" }],
      output: "var winston = require('winston');\nvar logger = new (winston.Logger)({ transports: [new (winston.transports.Console)()] });\n",
    },
    {
      name: "winston-daily-rotate-file default import",
      code: "import winston from 'winston';\nimport DailyRotateFile from 'winston-daily-rotate-file';\nconst rotating = new DailyRotateFile({ filename: 'application-%DATE%.log', datePattern: 'YYYY-MM-DD', maxFiles: '14d' });\nexport const logger = winston.createLogger({ transports: [rotating] });\n",
      errors: [{ range: [2, 17, 2, 120], text: "new DailyRotateFile({ filename: 'application-%DATE%.log', datePattern: 'YYYY-MM-DD', maxFiles: '14d' })", message: /winston-daily-rotate-file/ }],
      output: "import winston from 'winston';\nimport DailyRotateFile from 'winston-daily-rotate-file';\nconst rotating = new winston.transports.Console();\nexport const logger = winston.createLogger({ transports: [rotating] });\n",
    },
    {
      name: "winston.transports.DailyRotateFile registered by require",
      code: "require('winston-daily-rotate-file');\nconst winston = require('winston');\nwinston.add(new winston.transports.DailyRotateFile({ filename: 'app-%DATE%.log', level: 'warn' }));\n",
      errors: [{ range: [2, 12, 2, 97], text: "new winston.transports.DailyRotateFile({ filename: 'app-%DATE%.log', level: 'warn' })" }],
      output: "require('winston-daily-rotate-file');\nconst winston = require('winston');\nwinston.add(new winston.transports.Console({ level: 'warn' }));\n",
    },
    {
      name: "pino.destination with a path, as pino's second argument",
      code: "import pino from 'pino';\nexport const logger = pino({ level: 'info' }, pino.destination('./logs/app.log'));\n",
      errors: [{ range: [1, 46, 1, 80], text: "pino.destination('./logs/app.log')", message: /pino writes logs to a file/ }],
      output: "import pino from 'pino';\nexport const logger = pino({ level: 'info' }, pino.destination(1));\n",
    },
    {
      name: "pino.destination options object",
      code: "const pino = require('pino');\nconst logger = pino(pino.destination({ dest: '/var/log/api/app.log', minLength: 4096, sync: false }));\n",
      errors: [{ range: [1, 20, 1, 100], text: "pino.destination({ dest: '/var/log/api/app.log', minLength: 4096, sync: false })" }],
      output: "const pino = require('pino');\nconst logger = pino(pino.destination({ dest: 1, minLength: 4096, sync: false }));\n",
    },
    {
      name: "pino.transport with a pino/file target among targets",
      code: "import pino from 'pino';\nconst transport = pino.transport({\n  targets: [\n    { target: 'pino/file', options: { destination: './logs/app.log', mkdir: true }, level: 'info' },\n    { target: 'pino-pretty', options: { destination: 1 } },\n  ],\n});\nexport const logger = pino(transport);\n",
      errors: [{ range: [3, 6, 3, 25], text: "target: 'pino/file'" }],
      output: "import pino from 'pino';\nconst transport = pino.transport({\n  targets: [\n    { target: 'pino/file', options: { destination: 1, mkdir: true }, level: 'info' },\n    { target: 'pino-pretty', options: { destination: 1 } },\n  ],\n});\nexport const logger = pino(transport);\n",
    },
    {
      name: "pino/file with a shorthand destination built by path.join (ESM, typed targets)",
      code: "import pino, { type TransportTargetOptions } from 'pino';\nimport { join } from 'node:path';\nconst destination = join(logsPath, `${new Date().toISOString()}.log`);\nconst targets: TransportTargetOptions[] = [{ level: 'debug', target: 'pino/file', options: { destination } }];\nexport default pino({ transport: { targets } });\n",
      errors: [{ range: [3, 61, 3, 80], text: "target: 'pino/file'" }],
      output: "import pino, { type TransportTargetOptions } from 'pino';\nimport { join } from 'node:path';\nconst destination = join(logsPath, `${new Date().toISOString()}.log`);\nconst targets: TransportTargetOptions[] = [{ level: 'debug', target: 'pino/file', options: { destination: 1 } }];\nexport default pino({ transport: { targets } });\n",
    },
    {
      name: "pino-roll under pino's transport option",
      code: "import pino from 'pino';\nexport const logger = pino({ transport: { target: 'pino-roll', options: { file: path.join('logs', 'app'), frequency: 'daily', mkdir: true } } });\n",
      errors: [{ range: [1, 42, 1, 61], text: "target: 'pino-roll'", message: /rotating files \(pino-roll\)/ }],
      output: "import pino from 'pino';\nexport const logger = pino({ transport: { target: 'pino/file', options: { destination: 1 } } });\n",
    },
    {
      name: "a file stream handed to pino",
      code: "import fs from 'fs';\nimport pino from 'pino';\nconst out = fs.createWriteStream('./server.out', { flags: 'a' });\nexport const logger = pino({ level: 'debug' }, out);\n",
      errors: [{ range: [3, 47, 3, 50], text: "out" }],
      output: "import fs from 'fs';\nimport pino from 'pino';\nconst out = fs.createWriteStream('./server.out', { flags: 'a' });\nexport const logger = pino({ level: 'debug' }, process.stdout);\n",
    },
    {
      name: "log4js file and dateFile appenders (the type property), file options dropped",
      code: "import log4js from 'log4js';\nlog4js.configure({\n  appenders: {\n    out: { type: 'stdout' },\n    app: { type: 'file', filename: 'application.log', maxLogSize: 10485760, backups: 3, layout: { type: 'basic' } },\n    access: { type: \"dateFile\", filename: \"logs/access.log\", pattern: \".yyyy-MM-dd\" },\n  },\n  categories: { default: { appenders: ['out', 'app'], level: 'info' } },\n});\n",
      errors: [{ range: [4, 11, 4, 23], text: "type: 'file'" }, { range: [5, 14, 5, 30], text: "type: \"dateFile\"", message: /a 'dateFile' appender/ }],
      output: "import log4js from 'log4js';\nlog4js.configure({\n  appenders: {\n    out: { type: 'stdout' },\n    app: { type: 'stdout', layout: { type: 'basic' } },\n    access: { type: \"dateFile\", filename: \"logs/access.log\", pattern: \".yyyy-MM-dd\" },\n  },\n  categories: { default: { appenders: ['out', 'app'], level: 'info' } },\n});\n",
    },
    {
      name: "log4js v1 array of appenders, multi-line appender",
      code: "const log4js = require('log4js');\nlog4js.configure({\n  appenders: [\n    {\n      type: 'fileSync',\n      filename: 'logs/server.log',\n      category: 'server',\n    },\n  ],\n});\n",
      errors: [{ range: [4, 6, 4, 22], text: "type: 'fileSync'" }],
      output: "const log4js = require('log4js');\nlog4js.configure({\n  appenders: [\n    {\n      type: 'stdout',\n      category: 'server',\n    },\n  ],\n});\n",
    },
    {
      name: "bunyan file and rotating-file streams (the path property)",
      code: "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({\n  name: 'myapp',\n  streams: [\n    { level: 'error', path: '/var/tmp/myapp-error.log' },\n    { type: 'rotating-file', path: '/var/log/foo.log', period: '1d', count: 3 },\n  ],\n});\n",
      errors: [{ range: [4, 22, 4, 54], text: "path: '/var/tmp/myapp-error.log'" }, { range: [5, 29, 5, 53], text: "path: '/var/log/foo.log'" }],
      output: "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({\n  name: 'myapp',\n  streams: [\n    { level: 'error', stream: process.stdout },\n    { type: 'rotating-file', path: '/var/log/foo.log', period: '1d', count: 3 },\n  ],\n});\n",
    },
    {
      name: "morgan with an fs write stream (the stream option)",
      code: "const morgan = require('morgan');\nconst fs = require('fs');\nconst path = require('path');\nconst accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' });\napp.use(morgan('combined', { stream: accessLogStream }));\n",
      errors: [{ range: [4, 29, 4, 52], text: "stream: accessLogStream", message: /morgan writes the access log to a file stream/ }],
      output: "const morgan = require('morgan');\nconst fs = require('fs');\nconst path = require('path');\nconst accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' });\napp.use(morgan('combined', { stream: process.stdout }));\n",
    },
    {
      name: "morgan imported as logger (express-generator), inline stream",
      code: "import logger from 'morgan';\nimport fs from 'fs';\napp.use(logger('common', { skip: (req, res) => res.statusCode < 400, stream: fs.createWriteStream('./errors.txt', { flags: 'a' }) }));\n",
      errors: [{ range: [2, 69, 2, 129], text: "stream: fs.createWriteStream('./errors.txt', { flags: 'a' })" }],
      output: "import logger from 'morgan';\nimport fs from 'fs';\napp.use(logger('common', { skip: (req, res) => res.statusCode < 400, stream: process.stdout }));\n",
    },
    {
      name: "rotating-file-stream feeding morgan (reported once, on the rotating stream)",
      code: "import rfs from 'rotating-file-stream';\nimport morgan from 'morgan';\nconst stream = rfs.createStream('access.log', { interval: '1d', path: path.join(__dirname, 'log') });\napp.use(morgan('combined', { stream }));\n",
      errors: [{ range: [2, 15, 2, 100], text: "rfs.createStream('access.log', { interval: '1d', path: path.join(__dirname, 'log') })", message: /rotating-file-stream/ }],
      output: "import rfs from 'rotating-file-stream';\nimport morgan from 'morgan';\nconst stream = process.stdout;\napp.use(morgan('combined', { stream }));\n",
    },
    {
      name: "Fastify logger.file",
      code: "import Fastify from 'fastify';\nconst app = Fastify({ logger: { level: 'info', file: '/var/log/api.log' } });\n",
      errors: [{ range: [1, 47, 1, 71], text: "file: '/var/log/api.log'" }],
      output: "import Fastify from 'fastify';\nconst app = Fastify({ logger: { level: 'info' } });\n",
    },
    {
      name: "winston Stream transport over a file stream",
      code: "import winston from 'winston';\nimport { createWriteStream } from 'fs';\nexport const logger = winston.createLogger({ transports: [new winston.transports.Stream({ stream: createWriteStream('combined.log') })] });\n",
      errors: [{ range: [2, 90, 2, 131], text: "stream: createWriteStream('combined.log')" }],
      output: "import winston from 'winston';\nimport { createWriteStream } from 'fs';\nexport const logger = winston.createLogger({ transports: [new winston.transports.Stream({ stream: process.stdout })] });\n",
    },
  ],
});

