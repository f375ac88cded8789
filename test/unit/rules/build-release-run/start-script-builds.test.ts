import { ruleTester } from '../../../helpers/ruleTester';
import { startScriptBuilds } from '../../../../server/src/engine/rules/build-release-run/start-script-builds';

/** A package.json with the given scripts, one per line, so ranges are easy to read: script i is on line 3 + i. */
function manifest(scripts: Record<string, string>): string {
  const lines = Object.entries(scripts).map(([name, command]) => `    ${JSON.stringify(name)}: ${JSON.stringify(command)}`);
  return `{\n  "name": "api",\n  "scripts": {\n${lines.join(',\n')}\n  }\n}\n`;
}

const PKG = 'package.json';

ruleTester(startScriptBuilds, {
  valid: [
    { name: 'start runs the built output', filename: PKG, code: manifest({ build: 'tsc -p tsconfig.build.json', start: 'node dist/index.js' }) },
    { name: 'dev scripts may watch and transpile', filename: PKG, code: manifest({ dev: 'nodemon --exec ts-node src/index.ts', 'start:dev': 'tsx watch src/index.ts', start: 'node dist/server.js' }) },
    { name: 'next start serves the build', filename: PKG, code: manifest({ build: 'next build', start: 'next start -p $PORT' }) },
    { name: 'pm2-runtime with an ecosystem file', filename: PKG, code: manifest({ start: 'pm2-runtime start ecosystem.config.js --env production' }) },
    { name: 'node with dotenv and tsconfig-paths preloads', filename: PKG, code: manifest({ start: 'node -r dotenv/config -r tsconfig-paths/register dist/main.js' }) },
    { name: 'cross-env and NODE_ENV before node', filename: PKG, code: manifest({ start: 'cross-env NODE_ENV=production node ./bin/www' }) },
    { name: 'start delegates to a script that runs the output', filename: PKG, code: manifest({ 'start:prod': 'node dist/main', start: 'npm run start:prod' }) },
    { name: 'serving a static build', filename: PKG, code: manifest({ build: 'vite build', start: 'serve -s dist' }) },
    { name: 'vite preview serves the build', filename: PKG, code: manifest({ start: 'vite preview --port $PORT' }) },
    { name: 'postbuild steps are the build stage', filename: PKG, code: manifest({ build: 'tsc', postbuild: 'cp -r public dist/', start: 'node dist/index.js' }) },
    { name: 'no scripts at all', filename: PKG, code: '{ "name": "lib", "version": "1.0.0" }\n' },
    { name: 'a fixture manifest in tests', filename: 'test/fixtures/app/package.json', code: manifest({ start: 'tsc && node dist' }) },
    { name: 'bun runs TypeScript natively', filename: PKG, code: manifest({ start: 'bun run src/index.ts' }) },
  ],
  invalid: [
    {
      name: 'tsc && node',
      filename: PKG,
      code: manifest({ build: 'tsc', start: 'tsc && node dist/index.js' }),
      errors: [{ range: [4, 13, 4, 40], text: '"tsc && node dist/index.js"', message: /builds the app \(`tsc`\)/ }],
    },
    {
      name: 'npm run build && node',
      filename: PKG,
      code: manifest({ build: 'webpack --mode production', start: 'npm run build && node build/server.js' }),
      errors: [{ range: [4, 13, 4, 52], message: /`npm run build`/ }],
    },
    { name: 'ts-node', filename: PKG, code: manifest({ start: 'ts-node src/index.ts' }), errors: [{ text: '"ts-node src/index.ts"', message: /compiles the source while it runs \(`ts-node`\)/ }] },
    { name: 'babel-node', filename: PKG, code: manifest({ start: 'babel-node src/server.js' }), errors: [{ text: '"babel-node src/server.js"' }] },
    { name: 'nodemon', filename: PKG, code: manifest({ start: 'nodemon index.js' }), errors: [{ text: '"nodemon index.js"', message: /file watcher \(`nodemon`\)/ }] },
    { name: 'node -r ts-node/register', filename: PKG, code: manifest({ start: 'node -r ts-node/register src/index.ts' }), errors: [{ text: '"node -r ts-node/register src/index.ts"', message: /`node -r ts-node\/register`/ }] },
    { name: 'node --loader ts-node/esm', filename: PKG, code: manifest({ start: 'node --loader ts-node/esm src/index.ts' }), errors: [{ text: '"node --loader ts-node/esm src/index.ts"' }] },
    { name: 'node --import tsx', filename: PKG, code: manifest({ start: 'node --import=tsx src/main.ts' }), errors: [{ text: '"node --import=tsx src/main.ts"' }] },
    { name: 'tsx watch', filename: PKG, code: manifest({ start: 'tsx watch src/index.ts' }), errors: [{ text: '"tsx watch src/index.ts"' }] },
    { name: 'yarn build; node', filename: PKG, code: manifest({ start: 'yarn build; node dist' }), errors: [{ text: '"yarn build; node dist"', message: /`yarn build`/ }] },
    { name: 'next build && next start', filename: PKG, code: manifest({ start: 'next build && next start' }), errors: [{ text: '"next build && next start"', message: /`next build`/ }] },
    { name: 'vite build && node', filename: PKG, code: manifest({ start: 'vite build && node server.js' }), errors: [{ text: '"vite build && node server.js"' }] },
    { name: 'nest start compiles first', filename: PKG, code: manifest({ start: 'nest start', 'start:prod': 'node dist/main' }), errors: [{ text: '"nest start"', message: /`nest start`/ }] },
    {
      name: 'prestart builds before every npm start',
      filename: PKG,
      code: manifest({ build: 'tsc', prestart: 'npm run build', start: 'node dist/index.js' }),
      errors: [{ range: [4, 16, 4, 31], text: '"npm run build"', message: /prestart script \(npm runs it before every start\)/ }],
    },
    {
      name: 'start delegates to a script that transpiles',
      filename: PKG,
      code: manifest({ serve: 'ts-node-dev --respawn src/index.ts', start: 'npm run serve' }),
      errors: [{ text: '"npm run serve"', message: /`npm run serve \(ts-node-dev\)`/ }],
    },
    { name: 'npm install at start', filename: PKG, code: manifest({ start: 'npm install && node index.js' }), errors: [{ text: '"npm install && node index.js"', message: /installs dependencies/ }] },
    {
      name: 'concurrently with a compiler in watch mode',
      filename: PKG,
      code: manifest({ start: 'concurrently "tsc -w" "node dist/index.js"' }),
      errors: [{ text: '"concurrently \\"tsc -w\\" \\"node dist/index.js\\""' }],
    },
    { name: 'run-s build then serve', filename: PKG, code: manifest({ build: 'rollup -c', serve: 'node dist', start: 'run-s build serve' }), errors: [{ text: '"run-s build serve"' }] },
    { name: 'react-scripts start is a development server', filename: PKG, code: manifest({ start: 'react-scripts start' }), errors: [{ text: '"react-scripts start"', message: /development server/ }] },
    { name: 'node -r esm transpiles modules at load', filename: PKG, code: manifest({ start: 'node -r esm index.js' }), errors: [{ text: '"node -r esm index.js"' }] },
    { name: 'strapi develop', filename: PKG, code: manifest({ start: 'strapi develop' }), errors: [{ text: '"strapi develop"', message: /development server/ }] },
    { name: 'NODE_OPTIONS preloading ts-node', filename: PKG, code: manifest({ start: "NODE_OPTIONS='--loader ts-node/esm' node src/index.ts" }), errors: [{ text: '"NODE_OPTIONS=\'--loader ts-node/esm\' node src/index.ts"' }] },
    { name: 'rimraf, then tsc, then node', filename: PKG, code: manifest({ start: 'rimraf dist && tsc -p . && node dist/app.js' }), errors: [{ text: '"rimraf dist && tsc -p . && node dist/app.js"' }] },
  ],
});
