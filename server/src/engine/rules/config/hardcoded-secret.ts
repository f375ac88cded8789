import ts = require('typescript');
import type { Fix, Range, Rule, ScriptContext, Severity } from '../../types';
import { LineIndex } from '../../lineIndex';
import { maskSecret } from '../../analysis/mask';
import { toEnvVarName } from '../../analysis/names';
import { detectSecret, maskedDetection, type SecretDetection } from '../../secrets/detect';
import { envNameFor, urlEnvName } from '../../secrets/envNames';
import { secretFallbackOf, type SecretFallback } from '../../secrets/fallback';
import { moveSecretFixes } from '../../secrets/fixes';
import { findJsonSecrets, isScannableJsonPath } from '../../secrets/jsonSecrets';
import { isLockfilePath, isProviderOnlyPath } from '../../secrets/paths';
import { secretName } from '../../secrets/secretNames';
import { envNameForProviderToken, type ProviderTokenMatch } from '../../secrets/providerTokens';
import { isNonValuePosition, literalTarget, type LiteralTarget, type SecretLiteral } from '../../secrets/scriptTargets';
import { providerTokenIn } from '../../secrets/tokenIndex';
import { scriptMayHoldSecret } from '../../secrets/textPrefilter';
import { findYamlSecrets, type ValueFinding } from '../../secrets/yamlSecrets';

/** Message text for a detection; the value is always masked. */
function describe(detection: SecretDetection, targetName: string | undefined, envName: string, where: string | undefined): string {
  const masked = maskedDetection(detection);
  const place = where ? ` ${where}` : '';
  switch (detection.type) {
    case 'provider':
      return `Hardcoded ${detection.kind} (${masked})${place}: anyone who can read the repository can use it. Read it from the environment (${envName}) and rotate the key.`;
    case 'embedded':
      if (detection.partialEnvName) return `Hardcoded ${detection.kind} (${masked})${place}: read the secret from the environment (${envName}) instead.`;
      return `${capitalise(detection.kind)} (${masked})${place}: the credential is in the code. Read the whole value from the environment (${envName}).`;
    case 'authScheme':
      return `Hardcoded ${detection.kind} (${masked})${place}: read the token from the environment (${envName}).`;
    case 'named':
      return `Hardcoded ${detection.kind} (${masked})${targetName ? ` assigned to '${targetName}'` : ''}${place}: read it from the environment (${envName}) instead.`;
  }
}

/** Message for a provider-format key that is the hardcoded fallback of an env read. */
function describeProviderFallback(detection: SecretDetection, fallback: SecretFallback): string {
  const variable = fallback.envNames.find((name) => name.length > 0);
  const read = variable ? `process.env.${variable}` : 'an environment variable';
  return `Hardcoded ${detection.kind} (${maskedDetection(detection)}) as the fallback of ${read}: anyone who can read the repository can use it. Rotate the key and remove the fallback.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function severityCap(detection: SecretDetection, isTest: boolean): Severity | undefined {
  if (detection.type === 'provider') return detection.maxSeverity;
  // Test fixtures hold fake credentials more often than real ones: information at most,
  // unless the value has a real provider format.
  if (isTest) return 'information';
  return detection.type === 'named' ? detection.maxSeverity : undefined;
}

function envNameOf(detection: SecretDetection, target: LiteralTarget | { name: string | undefined; containerNames: string[] }): string {
  switch (detection.type) {
    case 'provider':
      // `const k = 'ghp_…'` says nothing: the provider's conventional name is better.
      return envNameFor({ targetName: describesSecret(target.name) ? target.name : undefined, containerNames: target.containerNames, providerPrefix: detection.envPrefix || undefined, providerEnvName: detection.envName, fallback: detection.envName });
    case 'embedded': {
      if (detection.partialEnvName) return envNameFor({ targetName: describesSecret(target.name) ? target.name : undefined, containerNames: target.containerNames, fallback: detection.partialEnvName });
      const fallback = detection.scheme === undefined && detection.kind.startsWith('connection string') ? 'DB_CONNECTION_STRING' : urlEnvName(detection.scheme);
      // `const databaseUrl = '…'` names the variable; `const cmd = '…'` does not.
      const named = target.name !== undefined && (describesSecret(target.name) || /(^|_)(url|uri|dsn|connection|conn|database|db|string)(_|$)/i.test(toEnvVarName(target.name)));
      return envNameFor({ targetName: named ? target.name : undefined, containerNames: target.containerNames, providerEnvName: fallback, fallback });
    }
    case 'authScheme':
      return envNameFor({ targetName: target.name, containerNames: target.containerNames, fallback: 'API_TOKEN' });
    case 'named':
      return envNameFor({ targetName: target.name, containerNames: target.containerNames, fallback: target.name ? toEnvVarName(target.name) : 'SECRET' });
  }
}

function describesSecret(name: string | undefined): boolean {
  return name !== undefined && secretName(name) !== undefined;
}

/** The template literal text of a literal's value: substitutions become `${…}` so no check mistakes them for values. */
function literalValue(literal: SecretLiteral): string {
  if (!ts.isTemplateExpression(literal)) return literal.text;
  let value = literal.head.text;
  for (const span of literal.templateSpans) value += `\${…}${span.literal.text}`;
  return value;
}

function fromSecretlint(match: ProviderTokenMatch, value: string): SecretDetection {
  const envName = envNameForProviderToken(match);
  return { type: 'provider', kind: match.kind, envName, envPrefix: envName.split('_')[0] ?? '', maxSeverity: undefined, secret: value, start: 0, end: value.length };
}

function fixesFor(ctx: ScriptContext, target: LiteralTarget, detection: SecretDetection, value: string, envName: string, range: Range): Fix[] {
  if (target.replacement === 'none') return [];
  // A header inside a command line: only the token should move, and the command is not ours to rewrite.
  if (detection.type === 'embedded' && detection.partialEnvName) return [];
  const read = `process.env.${envName}`;
  let expression = read;
  let stored = value;
  // `Authorization: 'Bearer abc…'` keeps its scheme: only the token moves.
  if (detection.type === 'authScheme' && value.trim() === `${detection.scheme} ${detection.secret}`) {
    expression = `\`${detection.scheme} \${${read}}\``;
    stored = detection.secret;
  }
  const replacementText = target.replacement === 'jsx' ? `{${expression}}` : expression;
  return moveSecretFixes({ facts: ctx.facts, filePath: ctx.file.path, range, replacementText, envName, value: stored, masked: maskSecret(stored) });
}

function reportValueFindings(findings: readonly ValueFinding[], isTest: boolean, rangeOf: (start: number, end: number) => Range, report: (range: Range, message: string, cap: Severity | undefined) => void): void {
  for (const finding of findings) {
    const envName = envNameOf(finding.detection, { name: finding.name, containerNames: [] });
    report(rangeOf(finding.start, finding.end), describe(finding.detection, finding.name, envName, finding.where), severityCap(finding.detection, isTest));
  }
}

export const hardcodedSecret: Rule = {
  meta: {
    id: 'config/hardcoded-secret',
    factor: 3,
    title: 'Keep secrets out of the code',
    description:
      'Credentials (provider API keys and tokens, passwords, signing secrets, URLs with passwords) written into source or manifests are shared with everyone who can read the repository and cannot differ per deploy; config belongs in the environment.',
    defaultSeverity: 'error',
    fixable: true,
  },
  // No keyword list: fixed substrings cannot cover every finding (a Telegram or Discord bot
  // token has no fixed prefix; `const pw = …`, `client.login('…')`, an escaped `'\x73k_live…'`
  // slipped through the broad list this rule had), and the prefilter below both covers them
  // and rules out most files: a provider token's anchor, a URL with userinfo, an auth scheme,
  // a word a secret's name is made of, a call that names its argument (secrets/textPrefilter.ts).
  scriptMayReport: (ctx) => scriptMayHoldSecret(ctx.text, ctx.keywords),
  needsProviderTokens: true,
  script(ctx) {
    const providerOnlyFile = isProviderOnlyPath(ctx.file.path);
    const check = (node: ts.Node): void => {
      const literal = node as SecretLiteral;
      const value = literalValue(literal);
      if (value.length < 5 || isNonValuePosition(literal)) return;
      const start = literal.getStart(ctx.sourceFile);
      const end = literal.getEnd();
      const target = literalTarget(literal, ctx.bindings);
      let detection = detectSecret(value, { targetName: target.name, providerOnly: providerOnlyFile || target.isEnumMember });
      if (!detection || detection.type !== 'provider') {
        const match = providerTokenIn(ctx.providerTokens, start, end, ctx.text);
        if (match) detection = fromSecretlint(match, value);
      }
      if (!detection) return;
      const range = ctx.rangeOf(literal);
      const fallback = ts.isTemplateExpression(literal) ? undefined : secretFallbackOf(literal);
      if (fallback) {
        // `process.env.JWT_SECRET || 'dev-secret'`: a generic credential as the fallback is
        // config/secret-fallback's finding alone (one literal, one finding).
        if (detection.type !== 'provider') return;
        // A real provider key is a leaked key wherever it sits (catalog (a): any literal in a
        // provider format), so it is reported here too. No fix of ours: the value is already
        // read from the environment, and secret-fallback's fail-fast fix removes the literal.
        ctx.report({ range, message: describeProviderFallback(detection, fallback), maxSeverity: severityCap(detection, ctx.file.isTest) });
        return;
      }
      const envName = envNameOf(detection, target);
      ctx.report({
        range,
        message: describe(detection, target.name, envName, undefined),
        fixes: fixesFor(ctx, target, detection, value, envName, range),
        maxSeverity: severityCap(detection, ctx.file.isTest),
      });
    };
    return {
      [ts.SyntaxKind.StringLiteral]: check,
      [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: check,
      [ts.SyntaxKind.TemplateExpression]: check,
    };
  },
  yaml(ctx) {
    if (isLockfilePath(ctx.file.path)) return;
    const findings = findYamlSecrets({ documents: ctx.documents, text: ctx.text, providerTokens: ctx.providerTokens, providerOnly: isProviderOnlyPath(ctx.file.path) });
    reportValueFindings(findings, ctx.file.isTest, ctx.rangeOfOffsets, (range, message, maxSeverity) => ctx.report({ range, message, maxSeverity }));
  },
  packageJson(ctx) {
    const findings = findJsonSecrets(ctx.json, false);
    reportValueFindings(findings, ctx.file.isTest, (start, end) => ({ start: ctx.json.getLineAndCharacterOfPosition(start), end: ctx.json.getLineAndCharacterOfPosition(end) }), (range, message, maxSeverity) =>
      ctx.report({ range, message, maxSeverity }),
    );
  },
  file(ctx) {
    // Other JSON files (config/*.json, service-account keys). Scripts, YAML and package.json
    // have their own hooks above.
    if (ctx.file.kind !== 'other' || !isScannableJsonPath(ctx.file.path) || isLockfilePath(ctx.file.path) || ctx.text.length > 2_000_000) return;
    const json = ts.parseJsonText(ctx.file.path, ctx.text);
    const lines = new LineIndex(ctx.text);
    const findings = findJsonSecrets(json, isProviderOnlyPath(ctx.file.path));
    reportValueFindings(findings, ctx.file.isTest, (start, end) => lines.rangeOf(start, end), (range, message, maxSeverity) => ctx.report({ range, message, maxSeverity }));
  },
};
