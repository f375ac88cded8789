import ts = require('typescript');
import type { Fix, Rule, ScriptContext } from '../../types';
import { serverBinding } from '../../analysis/servers';
import { expressionPath, findVariableDeclaration } from '../../analysis/calls';
import { isEnvRead } from '../../analysis/env';
import { propertyValue, skipOuterExpressions } from '../../analysis/literals';
import { baseName } from '../../fileKinds';

/** Host names that only the machine itself can reach. */
const LOOPBACK_HOST = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback|127(\.\d{1,3}){3}|::1|\[::1\]|0:0:0:0:0:0:0:1)$/i;
/** Dev-only places where a local-only server is the point (mock servers, Storybook, Cypress plugins). */
const DEV_TOOLING_PATH = /(^|\/)(cypress|\.storybook|mocks?|mock-server)\//;
/** Bundler/dev-server configuration files: their servers are local development tools. */
const CONFIG_FILE = /[.\-_](config|conf)\.[cm]?[jt]sx?$/i;

/** True when `name` is assigned again somewhere in the file (`host = '0.0.0.0'`), so its initializer is not its value. */
function isReassigned(sourceFile: ts.SourceFile, name: string): boolean {
  let reassigned = false;
  const visit = (node: ts.Node): void => {
    if (reassigned) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const target = skipOuterExpressions(node.left);
      if (ts.isIdentifier(target) && target.text === name) reassigned = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return reassigned;
}

/**
 * The loopback literal a host expression is: directly (`'localhost'`), through a variable of
 * this file (`const HOST = '127.0.0.1'`), or a property of a local object literal
 * (`config.host` with `const config = { host: 'localhost' }`). Values from the environment,
 * conditionals and anything computed are not followed: they are not an explicit binding.
 */
function loopbackLiteral(expression: ts.Expression, depth = 0): ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | undefined {
  if (depth > 4) return undefined;
  const node = skipOuterExpressions(expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return LOOPBACK_HOST.test(node.text.trim()) ? node : undefined;
  if (isEnvRead(node)) return undefined;
  if (ts.isIdentifier(node)) {
    const declaration = findVariableDeclaration(node);
    if (!declaration?.initializer) return undefined;
    const isConst = (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
    if (!isConst && isReassigned(node.getSourceFile(), node.text)) return undefined;
    return loopbackLiteral(declaration.initializer, depth + 1);
  }
  if (ts.isPropertyAccessExpression(node)) {
    const path = expressionPath(node);
    const owner = skipOuterExpressions(node.expression);
    if (!path || path.length !== 2 || !ts.isIdentifier(owner)) return undefined;
    const initializer = findVariableDeclaration(owner)?.initializer;
    const object = initializer && skipOuterExpressions(initializer);
    if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
    const value = propertyValue(object, node.name.text);
    return value ? loopbackLiteral(value, depth + 1) : undefined;
  }
  return undefined;
}

function fixFor(ctx: ScriptContext, literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): Fix[] {
  const opening = ctx.text.charAt(literal.getStart(ctx.sourceFile));
  const quote = opening === '"' ? '"' : "'";
  return [
    {
      title: `Bind to HOST from the environment (default 0.0.0.0) instead of ${literal.text}`,
      isPreferred: true,
      // Listening on every interface exposes the server to the network it runs on: a choice
      // to review, not to apply in bulk.
      safe: false,
      changes: [{ path: ctx.file.path, edits: [{ range: ctx.rangeOf(literal), newText: `process.env.HOST ?? ${quote}0.0.0.0${quote}` }] }],
    },
  ];
}

export const loopbackOnly: Rule = {
  meta: {
    id: 'port-binding/loopback-only',
    factor: 7,
    title: 'Do not bind the server to localhost only',
    description: 'A server bound explicitly to localhost/127.0.0.1/::1 accepts no connection from outside its own machine, so inside a container or VM it cannot export its service through the port.',
    defaultSeverity: 'information',
    fixable: true,
  },
  scriptKeywords: ['localhost', '127.', '::1'],
  script(ctx) {
    if (ctx.file.isTest || DEV_TOOLING_PATH.test(ctx.file.path) || CONFIG_FILE.test(baseName(ctx.file.path))) return {};
    const check = (node: ts.Node): void => {
      const binding = serverBinding(node, ctx.bindings);
      if (!binding?.host) return;
      const literal = loopbackLiteral(binding.host);
      if (!literal) return;
      ctx.report({
        range: ctx.rangeOf(skipOuterExpressions(binding.host)),
        message: `The server binds to ${literal.text} only: nothing outside its own machine or container can reach it. Bind to the host given by the environment (HOST, default 0.0.0.0).`,
        fixes: fixFor(ctx, literal),
      });
    };
    return { [ts.SyntaxKind.CallExpression]: check, [ts.SyntaxKind.NewExpression]: check };
  },
};
