import { ruleTester } from '../../../helpers/ruleTester';
import { localFilesystemStorage } from '../../../../server/src/engine/rules/processes/local-filesystem-storage';

ruleTester(localFilesystemStorage, {
  valid: [
    { code: "import multer from 'multer';\nconst upload = multer({ storage: multer.memoryStorage() });\n" },
    // multer without options keeps files in memory.
    { code: "const multer = require('multer');\nconst upload = multer();\n", filename: 'src/upload.js' },
    { code: "import multer from 'multer';\nimport multerS3 from 'multer-s3';\nconst upload = multer({ storage: multerS3({ s3, bucket: process.env.BUCKET }) });\n" },
    // Temporary files consumed in the same request.
    { code: "import os from 'node:os';\nimport path from 'node:path';\nimport fs from 'node:fs/promises';\napp.post('/convert', async (req, res) => {\n  const tmpPath = path.join(os.tmpdir(), `${req.params.id}.pdf`);\n  await fs.writeFile(tmpPath, req.body);\n  res.send(await convert(tmpPath));\n});\n" },
    { code: "import multer from 'multer';\nconst upload = multer({ dest: '/tmp/uploads' });\n" },
    { code: "const formidable = require('formidable');\nconst os = require('os');\nconst form = formidable({ uploadDir: os.tmpdir(), keepExtensions: true });\n", filename: 'src/upload.js' },
    // Log files are logs/manual-file-write's domain.
    { code: "import fs from 'fs';\napp.use((req, res, next) => {\n  fs.appendFileSync('logs/access.log', `${req.method} ${req.url}\\n`);\n  next();\n});\n" },
    // Writes outside request handling (startup, build scripts).
    { code: "import { writeFileSync } from 'fs';\nwriteFileSync('dist/manifest.json', JSON.stringify(manifest));\nfunction boot() {\n  writeFileSync('config/cache.json', '{}');\n}\nboot();\n" },
    { code: "import fs from 'fs';\napp.get('/x', (req, res) => { fs.writeFileSync('public/sitemap.xml', xml); res.end(); });\n", filename: 'scripts/generate-sitemap.ts' },
    // Reading files in a handler.
    { code: "import { readFile } from 'fs/promises';\napp.get('/doc', async (req, res) => res.send(await readFile('docs/readme.md', 'utf8')));\n" },
    // diskStorage without a destination uses the OS temp directory.
    { code: "import multer from 'multer';\nconst storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, Date.now() + file.originalname) });\n" },
    { code: "import fs from 'fs';\napp.post('/up', (req, res) => { fs.writeFileSync('x.txt', req.body); });\n", filename: 'test/upload.test.ts' },
    // A scratch file in a directory from fs.promises.mkdtemp, reached through two consts (corpus: fastify-prisma).
    {
      code: "import { createWriteStream } from 'node:fs';\nimport { mkdtemp, readFile, rm } from 'node:fs/promises';\nimport { tmpdir } from 'node:os';\nimport path from 'node:path';\nimport { pipeline } from 'node:stream/promises';\nexport default async function routes(app) {\n  app.post('/assets/checksum', async (request) => {\n    const data = await request.file();\n    const dir = await mkdtemp(path.join(tmpdir(), 'checksum-'));\n    const scratch = path.join(dir, 'upload.bin');\n    await pipeline(data.file, createWriteStream(scratch));\n    const bytes = await readFile(scratch);\n    await rm(dir, { recursive: true, force: true });\n    return { size: bytes.length };\n  });\n}\n",
      filename: 'src/routes/assets.ts',
    },
    { code: "import fs from 'node:fs';\nimport os from 'node:os';\nimport path from 'node:path';\napp.post('/resize', (req, res) => {\n  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'resize-'));\n  fs.writeFileSync(path.join(work, 'in.png'), req.body);\n  res.end();\n});\n" },
    { code: "import fs from 'node:fs';\napp.post('/resize', async (req, res) => {\n  const work = await fs.promises.mkdtemp('/tmp/resize-');\n  await fs.promises.writeFile(`${work}/in.png`, req.body);\n  res.end();\n});\n" },
    // tmp / tmp-promise results: `.name` / `.path` of the created file or directory, also destructured.
    { code: "import tmp from 'tmp';\nimport fs from 'node:fs';\napp.post('/x', (req, res) => {\n  const scratchDir = tmp.dirSync({ unsafeCleanup: true });\n  fs.writeFileSync(`${scratchDir.name}/body.bin`, req.body);\n  res.end();\n});\n" },
    { code: "import { file } from 'tmp-promise';\nimport { createWriteStream } from 'node:fs';\napp.post('/x', async (req, res) => {\n  const { path: scratch, cleanup } = await file({ postfix: '.bin' });\n  req.pipe(createWriteStream(scratch)).on('finish', async () => { await cleanup(); res.end(); });\n});\n" },
  ],
  invalid: [
    {
      code: "import multer from 'multer';\nconst upload = multer({ dest: 'uploads/' });\napp.post('/avatar', upload.single('avatar'), (req, res) => res.sendStatus(201));\n",
      errors: [{ range: [1, 15, 1, 43], text: "multer({ dest: 'uploads/' })", message: /multer stores uploads on the local disk \(dest: 'uploads\/'\)/ }],
      output: "import multer from 'multer';\nconst upload = multer({ storage: multer.memoryStorage() });\napp.post('/avatar', upload.single('avatar'), (req, res) => res.sendStatus(201));\n",
    },
    {
      code: "const multer = require('multer');\nconst storage = multer.diskStorage({\n  destination: (req, file, cb) => cb(null, 'public/uploads'),\n  filename: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`),\n});\nconst upload = multer({ storage });\n",
      filename: 'src/middleware/upload.js',
      errors: [{ range: [1, 16, 4, 2], message: /multer\.diskStorage\(\) writes uploads to the local disk/ }],
      output: "const multer = require('multer');\nconst storage = multer.memoryStorage();\nconst upload = multer({ storage });\n",
    },
    {
      code: "import multer, { diskStorage } from 'multer';\nconst upload = multer({ storage: diskStorage({ destination: './uploads' }) });\n",
      errors: [{ text: "diskStorage({ destination: './uploads' })" }],
      output: "import multer, { diskStorage } from 'multer';\nconst upload = multer({ storage: multer.memoryStorage() });\n",
    },
    {
      code: "import formidable from 'formidable';\napp.post('/upload', (req, res) => {\n  const form = formidable({ uploadDir: path.join(__dirname, 'uploads'), keepExtensions: true });\n  form.parse(req, (err, fields, files) => res.json(files));\n});\n",
      errors: [{ text: "formidable({ uploadDir: path.join(__dirname, 'uploads'), keepExtensions: true })", message: /formidable saves uploads to a local folder/ }],
    },
    {
      code: "const formidable = require('formidable');\nconst form = new formidable.IncomingForm();\nform.uploadDir = './public/files';\n",
      filename: 'src/upload.js',
      errors: [{ text: "form.uploadDir = './public/files'", range: [2, 0, 2, 33] }],
    },
    {
      code: "import fs from 'node:fs';\nimport path from 'node:path';\nrouter.post('/documents', async (req, res) => {\n  const target = path.join(__dirname, '..', 'storage', req.body.name);\n  await fs.promises.writeFile(target, req.body.content);\n  res.status(201).json({ ok: true });\n});\n",
      errors: [{ text: 'fs.promises.writeFile(target, req.body.content)', range: [4, 8, 4, 55], message: /fs\.writeFile\(\) writes to the local disk while handling a request/ }],
    },
    {
      code: "const fs = require('fs');\napp.post('/upload', upload.single('file'), (req, res) => {\n  fs.renameSync(req.file.path, `uploads/${req.file.originalname}`);\n  res.sendStatus(201);\n});\n",
      filename: 'server.js',
      errors: [{ text: 'fs.renameSync(req.file.path, `uploads/${req.file.originalname}`)' }],
    },
    {
      code: "import { createWriteStream } from 'fs';\nimport { pipeline } from 'stream/promises';\nexport async function uploadHandler(request: FastifyRequest, reply: FastifyReply) {\n  const data = await request.file();\n  await pipeline(data.file, createWriteStream(`./uploads/${data.filename}`));\n  return reply.send({ ok: true });\n}\n",
      errors: [{ text: 'createWriteStream(`./uploads/${data.filename}`)' }],
    },
    {
      code: "app.post('/avatar', async (req, res) => {\n  const { avatar } = req.files;\n  await avatar.mv(path.join(__dirname, 'public', 'avatars', avatar.name));\n  res.redirect('/profile');\n});\n",
      errors: [{ text: "avatar.mv(path.join(__dirname, 'public', 'avatars', avatar.name))", message: /uploaded file's mv\(\)/ }],
    },
    {
      code: "import fse from 'fs-extra';\nasync function saveReport(id, report) {\n  await fse.outputJson(`data/reports/${id}.json`, report);\n}\napp.put('/reports/:id', async (req, res) => {\n  await saveReport(req.params.id, req.body);\n  res.sendStatus(204);\n});\n",
      errors: [{ text: 'fse.outputJson(`data/reports/${id}.json`, report)', message: /in saveReport\(\), which the request handler on line 5 calls/ }],
    },
    // `.name` of a call result that is not a temp-file package is an ordinary (persistent) path.
    {
      code: "import { createWriteStream } from 'fs';\napp.post('/files', async (req, res) => {\n  const upload = await req.file();\n  req.pipe(createWriteStream(path.join('storage', upload.name)));\n});\n",
      errors: [{ text: "createWriteStream(path.join('storage', upload.name))" }],
    },
    {
      code: "import sharp from 'sharp';\napp.post('/thumbs', upload.single('img'), async (req, res) => {\n  await sharp(req.file.buffer).resize(200).toFile(`public/thumbs/${req.params.id}.jpg`);\n  res.sendStatus(201);\n});\n",
      errors: [{ text: 'sharp(req.file.buffer).resize(200).toFile(`public/thumbs/${req.params.id}.jpg`)', message: /sharp's toFile\(\) writes to the local disk/ }],
    },
  ],
});
