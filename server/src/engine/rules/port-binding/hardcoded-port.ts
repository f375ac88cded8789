import ts = require('typescript');
import type { Rule, ScriptContext } from '../../types';
import { serverBinding } from '../../analysis/servers';
import { findVariableDeclaration } from '../../analysis/calls';
import { valueComesFromEnv } from '../../analysis/env';
import { skipOuterExpressions } from '../../analysis/literals';

/** The numeric literal a port expression is, directly or through a `const PORT = 3000` in this file. */
function hardcodedPortLiteral(port: ts.Expression): ts.NumericLiteral | undefined {
  const value = skipOuterExpressions(port);
  if (ts.isNumericLiteral(value)) return value;
  if (ts.isIdentifier(value)) {
    const declaration = findVariableDeclaration(value);
    const initializer = declaration?.initializer && skipOuterExpressions(declaration.initializer);
    if (initializer && ts.isNumericLiteral(initializer) && !valueComesFromEnv(value)) return initializer;
  }
  return undefined;
}

function fixFor(ctx: ScriptContext, literal: ts.NumericLiteral) {
  return [
    {
      title: `Read the port from PORT (default ${literal.text})`,
      isPreferred: true,
      safe: true,
      changes: [{ path: ctx.file.path, edits: [{ range: ctx.rangeOf(literal), newText: `Number(process.env.PORT ?? ${literal.text})` }] }],
    },
  ];
}

export const hardcodedPort: Rule = {
  meta: {
    id: 'port-binding/hardcoded-port',
    factor: 7,
    title: 'Bind to the port given by the environment',
    description: 'A server that listens on a fixed port cannot be given its port by the platform (PORT), so it cannot run beside other processes or behind a router that assigns ports.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['listen', 'hapi', '@hono/node-server', 'startStandaloneServer'],
  script(ctx) {
    if (ctx.file.isTest) return {};
    const check = (node: ts.Node) => {
      const binding = serverBinding(node, ctx.bindings);
      if (!binding?.port) return;
      const literal = hardcodedPortLiteral(binding.port);
      if (!literal || Number(literal.text) === 0) return;
      ctx.report({
        range: ctx.rangeOf(skipOuterExpressions(binding.port)),
        message: `The server listens on the hardcoded port ${literal.text}; read it from the PORT environment variable so the platform can assign it.`,
        fixes: fixFor(ctx, literal),
      });
    };
    return { [ts.SyntaxKind.CallExpression]: check, [ts.SyntaxKind.NewExpression]: check };
  },
};
