import ts = require('typescript');
import type { Rule, ScriptContext } from '../../types';
import { expressionPath } from '../../analysis/calls';
import { findDeclaration } from '../../analysis/declarations';
import { caseEnv, ENV_REFERENCE_ORDER, envKeyedEntries, envTestsInCondition, isEnvNameExpression, trueBranchIsProduction, type EnvName, type EnvTest } from '../../analysis/envNames';
import { mayChooseByDeployName } from '../../analysis/envNameText';
import { findProperty, propertyNameText, skipOuterExpressions } from '../../analysis/literals';
import { kindsDiverge, kindsOfExpression, type KindAt, type ServiceKind } from '../../analysis/serviceKinds';

/** One side of a choice between deploys: an env-keyed entry, a branch, a switch case. */
interface Side {
  /** For messages: 'development', 'the non-production branch'. */
  label: string;
  /** Lower is closer to production; the lowest side having a kind is the reference. */
  rank: number;
  kinds: KindAt[];
}

function rankOf(env: EnvName): number {
  const index = ENV_REFERENCE_ORDER.indexOf(env);
  return index === -1 ? ENV_REFERENCE_ORDER.length : index;
}

/** One side whose kind differs from the reference side's kind for the same key path. */
interface Divergence {
  side: Side;
  kind: ServiceKind;
  referenceSide: Side;
  referenceKind: ServiceKind;
}

/**
 * Compares the sides path by path: for each key path (`client`, `session.store`, or the value
 * itself) the side closest to production is the reference, and every side whose kind differs
 * from it (SQLite vs PostgreSQL) is a divergence.
 */
function divergencesOf(sides: readonly Side[]): Divergence[] {
  const divergences: Divergence[] = [];
  const paths = new Set(sides.flatMap((side) => side.kinds.map((found) => found.path)));
  for (const path of paths) {
    const withKind = sides
      .map((side) => ({ side, found: side.kinds.find((candidate) => candidate.path === path) }))
      .filter((entry): entry is { side: Side; found: KindAt } => entry.found !== undefined)
      .sort((a, b) => a.side.rank - b.side.rank);
    const reference = withKind[0];
    if (!reference || withKind.length < 2) continue;
    for (const { side, found } of withKind.slice(1)) {
      if (side.rank === reference.side.rank || !kindsDiverge(found.kind, reference.found.kind)) continue;
      divergences.push({ side, kind: found.kind, referenceSide: reference.side, referenceKind: reference.found.kind });
    }
  }
  return divergences;
}

function joinWithAnd(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/**
 * One message for every divergence of one choice: "Development uses SQLite where production
 * uses PostgreSQL", with the sides that diverge the same way named together ("Development and
 * test use SQLite …") so the choice gets one finding however many deploys it lists.
 */
function divergenceMessage(divergences: readonly Divergence[]): string {
  const groups = new Map<string, { sideLabels: string[]; divergence: Divergence }>();
  for (const divergence of divergences) {
    const key = [divergence.kind.label, divergence.referenceSide.label, divergence.referenceKind.label].join('\u0000');
    const group = groups.get(key);
    if (!group) groups.set(key, { sideLabels: [divergence.side.label], divergence });
    else if (!group.sideLabels.includes(divergence.side.label)) group.sideLabels.push(divergence.side.label);
  }
  const clauses = [...groups.values()].map(({ sideLabels, divergence }) => `${joinWithAnd(sideLabels)} ${sideLabels.length > 1 ? 'use' : 'uses'} ${divergence.kind.label} where ${divergence.referenceSide.label} uses ${divergence.referenceKind.label}`);
  const references = [...new Set(divergences.map((divergence) => divergence.referenceKind.label))];
  return `${capitalise(clauses.join('; '))}: bugs that only one of them has slip through. Run the same kind of backing service in every deploy (e.g. ${joinWithAnd(references)} in a local container) and vary only its URL, through the environment.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The key or variable a value is assigned to, which tells what a short word like 'pg' means. */
function roleKeyOf(node: ts.Node): string | undefined {
  let current: ts.Node = node;
  while (current.parent && (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isSatisfiesExpression(current.parent))) current = current.parent;
  const parent = current.parent;
  if (!parent) return undefined;
  if (ts.isPropertyAssignment(parent)) return propertyNameText(parent.name);
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const path = expressionPath(parent.left);
    return path?.[path.length - 1];
  }
  return undefined;
}

/** Labels for the two branches of a condition on the deploy name. */
function branchLabels(test: EnvTest): { production: string; other: string } {
  const envs = test.envs.join('/');
  if (trueBranchIsProduction(test)) return { production: 'production', other: test.negated ? `the ${envs} branch` : 'the non-production branch' };
  return { production: 'the other branch', other: test.negated ? 'the non-production branch' : `the ${envs} branch` };
}

/** What one target is set to in a branch, and the target expression (to find its default). */
interface Assigned {
  kinds: KindAt[];
  target: ts.Expression | undefined;
}

/**
 * What a branch of an `if` / `case` sets, by target: assignments (`store = …`,
 * `config.client = …`), declarations, returns, and calls (`app.use(session({ store }))`).
 */
function assignedKinds(statements: readonly ts.Node[], ctx: ScriptContext): Map<string, Assigned> {
  const byTarget = new Map<string, Assigned>();
  const add = (key: string, kinds: KindAt[], target?: ts.Expression) => {
    if (kinds.length === 0) return;
    const existing = byTarget.get(key);
    byTarget.set(key, { kinds: [...(existing?.kinds ?? []), ...kinds], target: existing?.target ?? target });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const path = expressionPath(node.left);
      if (path) add(path.join('.'), kindsOfExpression(node.right, ctx.bindings, path[path.length - 1]), node.left);
      return;
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      add(node.name.text, kindsOfExpression(node.initializer, ctx.bindings, node.name.text));
      return;
    }
    if (ts.isReturnStatement(node) && node.expression) {
      add('return', kindsOfExpression(node.expression, ctx.bindings));
      return;
    }
    if (ts.isExpressionStatement(node) && ts.isCallExpression(skipOuterExpressions(node.expression))) {
      const call = skipOuterExpressions(node.expression) as ts.CallExpression;
      const path = expressionPath(call.expression);
      if (path) add(`${path.join('.')}()`, call.arguments.flatMap((argument) => kindsOfExpression(argument, ctx.bindings)));
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of statements) visit(statement);
  return byTarget;
}

/** The value a target had before an `if` without `else` changed it: `let store = new MemoryStore()`, `const options = { store: … }`. */
function defaultValueOf(target: ts.Expression): ts.Expression | undefined {
  const node = skipOuterExpressions(target);
  if (ts.isIdentifier(node)) return findDeclaration(node)?.initializer;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const initializer = findDeclaration(node.expression)?.initializer;
    const object = initializer && skipOuterExpressions(initializer);
    if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
    const found = findProperty(object, node.name.text);
    return found && ts.isPropertyAssignment(found) ? found.initializer : undefined;
  }
  return undefined;
}

function kindsByTarget(assigned: ReadonlyMap<string, Assigned>): Map<string, KindAt[]> {
  return new Map([...assigned].map(([key, { kinds }]) => [key, kinds]));
}

function compareBranches(test: EnvTest, whenTrue: ReadonlyMap<string, KindAt[]>, whenFalse: ReadonlyMap<string, KindAt[]>): Divergence[] {
  const labels = branchLabels(test);
  const trueIsProduction = trueBranchIsProduction(test);
  const divergences: Divergence[] = [];
  for (const [target, trueKinds] of whenTrue) {
    const falseKinds = whenFalse.get(target);
    if (!falseKinds) continue;
    const trueSide: Side = { label: trueIsProduction ? labels.production : labels.other, rank: trueIsProduction ? 0 : 1, kinds: trueKinds };
    const falseSide: Side = { label: trueIsProduction ? labels.other : labels.production, rank: trueIsProduction ? 1 : 0, kinds: falseKinds };
    divergences.push(...divergencesOf([trueSide, falseSide]));
  }
  return divergences;
}

/**
 * The outermost link of an `if … else if …` or `a ? x : b ? y : z` chain on the deploy name:
 * the chain is one choice, so its links report on one node rather than one finding per link.
 */
function outermostEnvChoice(node: ts.IfStatement | ts.ConditionalExpression): ts.Node {
  let current: ts.Node = node;
  for (;;) {
    // `current` as its parent sees it: a conditional may sit in parentheses.
    let child: ts.Node = current;
    while (child.parent && ts.isParenthesizedExpression(child.parent)) child = child.parent;
    const parent = child.parent;
    if (parent && ts.isIfStatement(parent) && ts.isIfStatement(current) && parent.elseStatement === child && envTestsInCondition(parent.expression).length > 0) current = parent;
    else if (parent && ts.isConditionalExpression(parent) && ts.isConditionalExpression(current) && parent.condition !== child && envTestsInCondition(parent.condition).length > 0) current = parent;
    else return current;
  }
}

export const divergentBackingService: Rule = {
  meta: {
    id: 'dev-prod-parity/divergent-backing-service',
    factor: 10,
    title: 'Use the same kind of backing service in every deploy',
    description:
      'Configuration that picks a different kind of backing service per environment (SQLite in development, PostgreSQL in production; an in-memory store vs Redis; local disk vs S3) lets bugs through that only one of them has.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['prod', 'Prod', 'PROD', 'dev', 'Dev', 'DEV', 'stag', 'Stag', 'STAG', 'qa', 'QA', 'uat', 'UAT', 'test', 'Test', 'TEST'],
  scriptMayReport(ctx) {
    // Test files pick test doubles on purpose: the rule returns no visitor for them.
    if (ctx.file.isTest) return false;
    // Every finding compares the sides of one choice between deploys: an object keyed by deploy
    // names, an `if` / `?:` whose condition tests the deploy name (any test: the branches of
    // `NODE_ENV === 'test'` are compared too), or a switch on the deploy name with a case naming
    // one. Each needs what mayChooseByDeployName looks for.
    return mayChooseByDeployName(ctx, 'any');
  },
  script(ctx) {
    if (ctx.file.isTest) return {};
    /**
     * Divergences by the construct that makes the choice: the object keyed by deploy names, the
     * `if`, `?:` or `switch` on the deploy name. The finding covers that construct, which is
     * where a reviewer points (and it contains the divergent value), once per construct.
     */
    const byChoice = new Map<ts.Node, Divergence[]>();
    const record = (choice: ts.Node, divergences: readonly Divergence[]) => {
      if (divergences.length > 0) byChoice.set(choice, [...(byChoice.get(choice) ?? []), ...divergences]);
    };
    return {
      [ts.SyntaxKind.ObjectLiteralExpression]: (node) => {
        const entries = envKeyedEntries(node as ts.ObjectLiteralExpression);
        if (!entries) return;
        const sides = entries.map((entry) => ({
          label: propertyNameText(entry.property.name) ?? entry.env,
          rank: rankOf(entry.env),
          kinds: kindsOfExpression(entry.value, ctx.bindings),
        }));
        record(node, divergencesOf(sides));
      },
      [ts.SyntaxKind.ConditionalExpression]: (node) => {
        const conditional = node as ts.ConditionalExpression;
        const [test] = envTestsInCondition(conditional.condition);
        if (!test) return;
        const choice = outermostEnvChoice(conditional);
        const roleKey = roleKeyOf(choice);
        const key = roleKey ?? 'value';
        record(choice, compareBranches(test, new Map([[key, kindsOfExpression(conditional.whenTrue, ctx.bindings, roleKey)]]), new Map([[key, kindsOfExpression(conditional.whenFalse, ctx.bindings, roleKey)]])));
      },
      [ts.SyntaxKind.IfStatement]: (node) => {
        const statement = node as ts.IfStatement;
        const [test] = envTestsInCondition(statement.expression);
        if (!test) return;
        const assigned = assignedKinds([statement.thenStatement], ctx);
        if (assigned.size === 0) return;
        const whenTrue = kindsByTarget(assigned);
        if (statement.elseStatement) {
          record(outermostEnvChoice(statement), compareBranches(test, whenTrue, kindsByTarget(assignedKinds([statement.elseStatement], ctx))));
          return;
        }
        // `let store = new MemoryStore(); if (isProd) store = new RedisStore(…)`: the default is the other side.
        const defaults = new Map<string, KindAt[]>();
        for (const [key, { target }] of assigned) {
          const value = target && defaultValueOf(target);
          if (value) defaults.set(key, kindsOfExpression(value, ctx.bindings, key.split('.').pop()));
        }
        record(outermostEnvChoice(statement), compareBranches(test, whenTrue, defaults));
      },
      [ts.SyntaxKind.SwitchStatement]: (node) => {
        const statement = node as ts.SwitchStatement;
        if (!isEnvNameExpression(statement.expression)) return;
        const byTarget = new Map<string, Side[]>();
        for (const clause of statement.caseBlock.clauses) {
          const env = caseEnv(clause);
          if (!env) continue;
          const label = env === 'default' ? 'the default case' : `the '${env}' case`;
          const rank = env === 'default' ? ENV_REFERENCE_ORDER.length + 1 : rankOf(env);
          for (const [target, { kinds }] of assignedKinds(clause.statements, ctx)) {
            byTarget.set(target, [...(byTarget.get(target) ?? []), { label, rank, kinds }]);
          }
        }
        for (const sides of byTarget.values()) record(statement, divergencesOf(sides));
      },
      onEnd: () => {
        for (const [choice, divergences] of byChoice) ctx.report({ range: ctx.rangeOf(choice), message: divergenceMessage(divergences) });
      },
    };
  },
};
