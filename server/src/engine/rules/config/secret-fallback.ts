import ts = require('typescript');
import type { Fix, Rule, ScriptContext } from '../../types';
import { maskSecret } from '../../analysis/mask';
import { toEnvVarName } from '../../analysis/names';
import { changes, envExampleChange } from '../../fixes';
import { secretFallbackOf, type SecretFallback } from '../../secrets/fallback';

/** The variable to name in the error: the one read, else one derived from the target. */
function variableName(fallback: SecretFallback): string {
  const read = fallback.envNames.find((name) => name.length > 0);
  if (read) return read;
  return fallback.targetName ? toEnvVarName(fallback.targetName) : 'SECRET';
}

/**
 * A throw in expression position, valid in JS and TS without a helper: an arrow function
 * called at once. Its type is `never`, so `process.env.X || <this>` is typed `string`.
 */
export function failFastExpression(variable: string): string {
  const message = `${variable} is not set`.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `(() => { throw new Error('${message}'); })()`;
}

function fixFor(ctx: ScriptContext, fallback: SecretFallback, variable: string): Fix[] {
  return [
    {
      title: `Fail fast when ${variable} is not set instead of falling back to a hardcoded value (${maskSecret(fallback.value)})`,
      isPreferred: true,
      // It changes what the program does: a missing variable now stops it at startup.
      safe: false,
      changes: changes({ path: ctx.file.path, edits: [{ range: ctx.rangeOf(fallback.literal), newText: failFastExpression(variable) }] }, envExampleChange(ctx.facts, ctx.file.path, variable)),
    },
  ];
}

export const secretFallback: Rule = {
  meta: {
    id: 'config/secret-fallback',
    factor: 3,
    title: 'No hardcoded fallback for a secret',
    description:
      'A secret read from the environment with a literal default (`process.env.JWT_SECRET || "dev-secret"`) silently runs with a value known to everyone who can read the code whenever the variable is missing; fail fast instead.',
    defaultSeverity: 'error',
    fixable: true,
  },
  scriptKeywords: ['env', 'Env', 'ENV', 'config', 'Config'],
  script(ctx) {
    const check = (node: ts.Node): void => {
      const fallback = secretFallbackOf(node as ts.StringLiteral | ts.NoSubstitutionTemplateLiteral);
      if (!fallback) return;
      const variable = variableName(fallback);
      const source = fallback.envNames.find((name) => name.length > 0) ?? fallback.targetName ?? 'the secret';
      ctx.report({
        range: ctx.rangeOf(fallback.literal),
        message: `${source} falls back to a hardcoded value (${maskSecret(fallback.value)}) when the variable is missing; fail fast instead so no deploy runs with a secret everyone can read.`,
        fixes: fixFor(ctx, fallback, variable),
        // Defaults in tests are test data: information at most.
        maxSeverity: ctx.file.isTest ? 'information' : undefined,
      });
    };
    return { [ts.SyntaxKind.StringLiteral]: check, [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: check };
  },
};
