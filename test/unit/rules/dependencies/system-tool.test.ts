import { ruleTester } from '../../../helpers/ruleTester';
import { systemTool } from '../../../../server/src/engine/rules/dependencies/system-tool';

const declaring = (dependencies: Record<string, string>, devDependencies: Record<string, string> = {}) => ({
  'package.json': JSON.stringify({ name: 'api', dependencies, devDependencies }, null, 2) + '\n',
});

ruleTester(systemTool, {
  valid: [
    // Node itself, its path, and scripts inside the repo run through it.
    { code: "import { spawn, fork } from 'child_process';\nspawn(process.execPath, ['worker.js']);\nfork('./jobs/worker.js');\nspawn('node', ['scripts/seed.js']);\n" },
    { code: "const { execSync } = require('node:child_process');\nexecSync('node dist/migrate.js');\nexecSync(`NODE_ENV=production node ${script}`);\n" },
    { code: "import { execFile } from 'child_process';\nexecFile('./scripts/build-index.mjs', []);\nexecFile(path.join(__dirname, 'tool'), []);\n" },
    // The package managers belong to the Node toolchain (running installs is build-release-run/runtime-build's concern).
    { code: "import { execSync } from 'child_process';\nexecSync('npm run build');\nexecSync('npx prisma generate');\n" },
    // A binary shipped by a declared npm package: by node_modules, by the well-known map, by name.
    { code: "import { execSync } from 'child_process';\nexecSync('tsc -p tsconfig.json');\nexecSync('prisma migrate deploy');\nexecSync('nest build');\n", files: declaring({ prisma: '^5.0.0' }, { typescript: '^5.4.0', '@nestjs/cli': '^10.0.0' }) },
    { code: "import { spawn } from 'child_process';\nspawn('pm2-runtime', ['start', 'ecosystem.config.js']);\nspawn('knex', ['migrate:latest']);\n", files: declaring({ pm2: '^5.0.0', knex: '^3.0.0' }) },
    {
      code: "import { execa } from 'execa';\nawait execa('svgo', ['icons/']);\n",
      files: { ...declaring({ execa: '^9.0.0', 'svgo-cli-wrapper': '^1.0.0' }), 'node_modules/svgo-cli-wrapper/package.json': '{ "name": "svgo-cli-wrapper", "bin": { "svgo": "bin/svgo.js" } }\n' },
    },
    { code: "import { execSync } from 'child_process';\nexecSync('./node_modules/.bin/eslint src');\n" },
    // A path from an npm package or from the environment is not a host program by name.
    { code: "import ffmpegPath from 'ffmpeg-static';\nimport { spawn } from 'child_process';\nspawn(ffmpegPath, ['-i', input, output]);\nspawn(process.env.CONVERT_BIN, args);\n" },
    // Not a process launch at all.
    { code: "import { exec } from './db';\nexec('curl http://example.com');\nconst git = simpleGit();\n" },
    // A program chosen at runtime where every choice comes from Node, the repo or a declared package.
    { code: "import { spawn } from 'child_process';\nconst runner = process.env.CI ? 'node' : 'nodemon';\nspawn(runner, ['dist/server.js']);\nconst bin = process.env.TSC_BIN ?? 'tsc';\nspawn(bin, ['-p', '.']);\n", files: declaring({}, { nodemon: '^3.0.0', typescript: '^5.4.0' }) },
    // Shell builtins only.
    { code: "import { execSync } from 'child_process';\nexecSync('cd /tmp && echo done');\n" },
  ],
  invalid: [
    {
      code: "import { exec } from 'child_process';\nexec('convert input.png -resize 50% output.jpg', cb);\n",
      errors: [{ range: [1, 5, 1, 47], text: "'convert input.png -resize 50% output.jpg'", message: /`convert` is a system program.*sharp/ }],
    },
    {
      code: "const { execSync } = require('child_process');\nconst sha = execSync('git rev-parse HEAD').toString().trim();\n",
      errors: [{ range: [1, 21, 1, 41], text: "'git rev-parse HEAD'", message: /`git`/ }],
    },
    {
      code: "import { spawn } from 'node:child_process';\nconst child = spawn('ffmpeg', ['-i', input, '-f', 'mp3', 'pipe:1']);\n",
      errors: [{ range: [1, 20, 1, 28], text: "'ffmpeg'", message: /ffmpeg-static/ }],
    },
    {
      name: 'a command line held in a const, with substitutions',
      code: "import { execSync } from 'child_process';\nconst command = `curl -sSf ${url} -o ${file}`;\nexecSync(command);\n",
      errors: [{ range: [2, 9, 2, 16], text: 'command', message: /`curl`/ }],
    },
    {
      name: 'the tool after cd && in a shell line',
      code: "import { exec } from 'child_process';\nexec(`cd ${dir} && wget ${url}`);\n",
      errors: [{ text: '`cd ${dir} && wget ${url}`', message: /`wget`/ }],
    },
    {
      name: 'promisified exec and an absolute binary path',
      code: "import { promisify } from 'util';\nimport * as cp from 'child_process';\nconst run = promisify(cp.execFile);\nawait run('/usr/bin/gs', ['-sDEVICE=pdfwrite']);\n",
      errors: [{ range: [3, 10, 3, 23], text: "'/usr/bin/gs'", message: /`gs`/ }],
    },
    {
      name: 'shell scripts and interpreters',
      code: "import { execFileSync, spawnSync } from 'child_process';\nexecFileSync('./scripts/backup.sh');\nspawnSync('python3', ['scripts/train.py']);\nspawnSync('bash', ['-c', 'pdftk a.pdf b.pdf cat output c.pdf']);\n",
      errors: [{ text: "'./scripts/backup.sh'", message: /runs the script/ }, { text: "'python3'" }, { text: "'bash'", message: /`pdftk`/ }],
    },
    {
      name: 'zx template',
      code: "import { $ } from 'zx';\nawait $`magick ${input} -strip ${output}`;\n",
      errors: [{ range: [1, 7, 1, 41], text: '`magick ${input} -strip ${output}`', message: /`magick`/ }],
    },
    {
      name: 'execa template with options',
      code: "import { $ } from 'execa';\nawait $({ cwd: dir })`rsync -a ${src} ${dest}`;\n",
      errors: [{ text: '`rsync -a ${src} ${dest}`', message: /`rsync`/ }],
    },
    {
      name: 'execa template form',
      code: "import { execa } from 'execa';\nconst { stdout } = await execa`git log -1 --format=%H`;\n",
      errors: [{ range: [1, 30, 1, 54], text: '`git log -1 --format=%H`', message: /`git`/ }],
    },
    {
      name: 'shelljs exec and execa',
      code: "import shell from 'shelljs';\nimport { execa } from 'execa';\nshell.exec('sudo -u app pg_dump mydb > backup.sql');\nawait execa('docker', ['compose', 'up', '-d']);\n",
      errors: [{ text: "'sudo -u app pg_dump mydb > backup.sql'", message: /`pg_dump`/ }, { text: "'docker'" }],
    },
    {
      name: 'a well-known npm binary whose package is not declared',
      code: "import { execSync } from 'child_process';\nexecSync('tsc --build');\n",
      errors: [{ text: "'tsc --build'", message: /npm package typescript, which package.json does not declare/ }],
    },
    {
      // A browser opener chosen per platform: `open`/`xdg-open` are host programs (corpus: shipit-cli).
      name: 'a const choosing the program per platform',
      code: "import { spawn } from 'node:child_process';\nconst url = 'http://127.0.0.1:4000/';\nconst opener = process.platform === 'darwin' ? 'open' : 'xdg-open';\nspawn(opener, [url], { detached: true, stdio: 'ignore' }).unref();\n",
      filename: 'src/commands/preview.js',
      errors: [{ range: [3, 6, 3, 12], text: 'opener', message: /`open` \/ `xdg-open` \(chosen at runtime\) are system programs.*open package/ }],
    },
    {
      name: 'one system program among node and a declared binary, and an env fallback',
      code: "import { spawn, exec } from 'child_process';\nimport os from 'os';\nconst platform = os.platform();\nspawn(platform === 'win32' ? 'start' : 'node', [target]);\nconst fetcher = process.env.FETCH_CMD || 'curl -sSfO https://example.com/x';\nexec(fetcher);\nexec(process.env.FETCH_CMD ?? 'wget -q https://example.com/x');\n",
      errors: [{ text: "platform === 'win32' ? 'start' : 'node'", message: /`start` is a system program/ }, { text: 'fetcher', message: /`curl`/ }, { text: "process.env.FETCH_CMD ?? 'wget -q https://example.com/x'", message: /`wget`/ }],
    },
    {
      name: 'tests are told at information severity',
      code: "import { execSync } from 'child_process';\nexecSync('git init');\n",
      filename: 'test/release.test.ts',
      errors: [{ text: "'git init'", severity: 'information' }],
    },
  ],
});
