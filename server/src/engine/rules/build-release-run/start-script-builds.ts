import ts = require('typescript');
import type { Rule } from '../../types';
import { buildStepOf, type BuildStep } from '../../analysis/buildCommands';
import { propertyNameText } from '../../analysis/literals';

/** Why each kind of step does not belong in `start`, in words for the message. */
const WHAT_IT_DOES: Record<BuildStep['kind'], string> = {
  install: 'installs dependencies',
  build: 'builds the app',
  transpile: 'compiles the source while it runs',
  watch: 'runs a development file watcher',
  'dev-server': 'runs a development server',
};

function messageFor(scriptName: string, step: BuildStep): string {
  const when = scriptName === 'start' ? 'The start script' : `The ${scriptName} script (npm runs it before every start)`;
  const advice =
    step.kind === 'transpile' || step.kind === 'watch' || step.kind === 'dev-server'
      ? 'Compile in the build stage and make start run the built output (e.g. `node dist/index.js`); keep the tool in a dev script.'
      : 'Do it once in the build stage and make start only run the built output (e.g. `node dist/index.js`).';
  return `${when} ${WHAT_IT_DOES[step.kind]} (\`${step.command}\`): every start, restart and new instance repeats build-stage work, so the release is not what runs. ${advice}`;
}

export const startScriptBuilds: Rule = {
  meta: {
    id: 'build-release-run/start-script-builds',
    factor: 5,
    title: 'Start the built release; do not build in the start script',
    description: 'A package.json start (or prestart) script that compiles, installs, transpiles on the fly or runs a watcher/dev server mixes the build stage into the run stage: every start rebuilds, and what runs is not the release that was tested.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  packageJson(ctx) {
    if (ctx.file.isTest || !ctx.root) return;
    const scriptsProperty = ctx.root.properties.find((property) => propertyNameText(property.name) === 'scripts');
    if (!scriptsProperty || !ts.isPropertyAssignment(scriptsProperty) || !ts.isObjectLiteralExpression(scriptsProperty.initializer)) return;
    const scriptNodes = new Map<string, ts.StringLiteral>();
    for (const property of scriptsProperty.initializer.properties) {
      const name = propertyNameText(property.name);
      if (name !== undefined && ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)) scriptNodes.set(name, property.initializer);
    }
    const scripts: Record<string, string> = {};
    for (const [name, node] of scriptNodes) scripts[name] = node.text;
    // `npm start` runs prestart, then start: both are part of starting the app.
    for (const scriptName of ['prestart', 'start']) {
      const node = scriptNodes.get(scriptName);
      if (!node) continue;
      const step = buildStepOf(node.text, scripts);
      if (!step) continue;
      ctx.report({ range: ctx.rangeOf(node), message: messageFor(scriptName, step) });
    }
  },
};
