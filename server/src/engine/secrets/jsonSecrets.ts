// Secrets in JSON config files (`config/default.json`, service-account keys, `.firebaserc`…):
// every string value, named by its property key. Parsed with the TypeScript JSON parser, so
// ranges are the string literal's own. JSON files get no secretlint pass (the engine scans
// scripts and YAML only), so this relies on the literal-level provider formats.
import ts = require('typescript');
import { propertyNameText } from '../analysis/literals';
import { detectSecret } from './detect';
import type { ValueFinding } from './yamlSecrets';

/** JSON files that hold no configuration: lockfiles, compiler/editor settings, source maps, schemas. */
const SKIPPED_JSON = /(^|\/)(package-lock|npm-shrinkwrap|composer\.lock|yarn\.lock|bun\.lock|tsconfig[^/]*|jsconfig[^/]*|\.eslintrc|\.babelrc|\.prettierrc|lerna|nx|turbo|angular|project|cspell|renovate|\.?vscode\/[^/]+)\.json$|\.(map|schema\.json|lock\.json)$|(^|\/)node_modules\//;

export function isScannableJsonPath(path: string): boolean {
  return path.endsWith('.json') && !SKIPPED_JSON.test(path);
}

/** String values of a JSON document that are secrets. `providerOnly` for i18n files. */
export function findJsonSecrets(json: ts.JsonSourceFile, providerOnly: boolean): Array<ValueFinding & { node: ts.StringLiteral }> {
  const findings: Array<ValueFinding & { node: ts.StringLiteral }> = [];
  const visitNode = (node: ts.Node, name: string | undefined, depth: number, inExample = false): void => {
    if (depth > 64) return;
    if (ts.isStringLiteral(node)) {
      const detection = detectSecret(node.text, { targetName: name, providerOnly: providerOnly || inExample });
      if (detection) findings.push({ node, start: node.getStart(json), end: node.getEnd(), detection, name, where: undefined });
      return;
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const key = propertyNameText(property.name);
        // OpenAPI / JSON-schema `example` values are samples: provider formats only.
        visitNode(property.initializer, key, depth + 1, inExample || key === 'example' || key === 'examples');
      }
      return;
    }
    if (ts.isArrayLiteralExpression(node)) for (const element of node.elements) visitNode(element, name, depth + 1, inExample);
  };
  for (const statement of json.statements) visitNode(statement.expression, undefined, 0);
  return findings;
}
