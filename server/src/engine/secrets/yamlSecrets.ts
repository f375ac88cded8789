// Secrets in YAML: docker-compose `environment:` (map and `- KEY=value` list), Kubernetes
// `kind: Secret` (`data` is base64, `stringData` plain; a Bitnami SealedSecret's ciphertext is
// not a secret) and container `env: [{ name, value }]`,
// GitHub workflow `env:` / `with:` literals instead of `${{ secrets.X }}`, app.yaml
// `env_variables`, and any secret-named key with a literal value. Ranges are the scalar's
// own (or, in a `KEY=value` list item, the value part of it).
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Pair, type Scalar } from 'yaml';
import type { ProviderTokenMatch } from './providerTokens';
import { detectSecret, type SecretDetection } from './detect';
import { providerTokenIn } from './tokenIndex';
import { secretName } from './secretNames';
import { looksRandom } from './entropy';
import { isPlaceholder } from './placeholders';
import { isCredentialLike } from './credentialShape';

export interface ValueFinding {
  start: number;
  end: number;
  detection: SecretDetection;
  /** The key / variable name, when there is one. */
  name: string | undefined;
  /** Extra context for the message ('in a committed Kubernetes Secret'). */
  where: string | undefined;
}

const EXAMPLE_KEYS = new Set(['example', 'examples', 'x-example', 'x-examples']);

function scalarText(node: Scalar): string | undefined {
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number' || typeof node.value === 'bigint') return node.source ?? String(node.value);
  return undefined;
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number') ? String(pair.key.value) : undefined;
}

/** `- name: DB_PASSWORD\n  value: hunter2` (Kubernetes, ECS): the variable's name for the `value` key. */
function siblingName(map: unknown): string | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    const key = keyText(item);
    // Kubernetes/ECS `name:`, Render `key:`, CloudFormation `ParameterKey:`.
    if ((key === 'name' || key === 'Name' || key === 'key' || key === 'Key' || key === 'ParameterKey') && isScalar(item.value) && typeof item.value.value === 'string') return item.value.value;
  }
  return undefined;
}

/** A top-level string field of a manifest (`kind`, `apiVersion`). */
function rootField(document: Document.Parsed, field: string): string | undefined {
  const contents = document.contents;
  if (!isMap(contents)) return undefined;
  const pair = contents.items.find((item) => keyText(item) === field);
  return pair !== undefined && isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
}

function isKubernetesSecret(document: Document.Parsed): boolean {
  return rootField(document, 'kind') === 'Secret';
}

/**
 * A Bitnami `kind: SealedSecret` (apiVersion bitnami.com/…): its `spec.encryptedData` values
 * (and the legacy single `spec.data` blob) are ciphertext only the cluster's controller can
 * decrypt, made to be committed. (An external-secrets.io `ExternalSecret` needs no exception:
 * its spec names a store and remote keys, never values.)
 */
function isSealedSecret(document: Document.Parsed): boolean {
  const apiVersion = rootField(document, 'apiVersion');
  return rootField(document, 'kind') === 'SealedSecret' && (apiVersion === undefined || apiVersion.startsWith('bitnami.com/'));
}

/** The keys of the pairs on the way from the document root to a node (`['spec', 'encryptedData', 'KEY']`). */
function keyPath(path: readonly unknown[]): Array<string | undefined> {
  return path.filter((ancestor): ancestor is Pair => isPair(ancestor)).map((pair) => keyText(pair));
}

function isSealedCiphertext(path: readonly unknown[]): boolean {
  const [root, section] = keyPath(path);
  return root === 'spec' && (section === 'encryptedData' || section === 'data');
}

function decodeBase64(value: string): { text: string; binary: boolean } | undefined {
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  const text = bytes.toString('utf8');
  return { text, binary: text.includes('\uFFFD') || /[\u0000-\u0008\u000e-\u001f]/.test(text) };
}

/** A value of a committed Kubernetes Secret: secret-named keys, or anything credential-shaped. */
function kubernetesSecretValue(name: string, raw: string, encoded: boolean): SecretDetection | undefined {
  let value = raw;
  if (encoded) {
    const decoded = decodeBase64(raw);
    if (!decoded) return undefined;
    if (decoded.binary) return decoded.text.length >= 16 ? { type: 'named', kind: 'binary secret', nameKind: 'secret', secret: raw } : undefined;
    value = decoded.text.replace(/\r?\n$/, '');
  }
  if (isPlaceholder(value)) return undefined;
  const detection = detectSecret(value, { targetName: name });
  if (detection) return detection;
  // Keys of a Secret are arbitrary (`stripe`, `db`): a random-looking value is a secret anyway.
  const looksSecret = looksRandom(value, 16) || (secretName(name) === undefined && isCredentialLike(value, 'token', []) && looksRandom(value, 12));
  return looksSecret ? { type: 'named', kind: 'secret', nameKind: 'secret', secret: value } : undefined;
}

export interface YamlScanInput {
  documents: readonly Document.Parsed[];
  text: string;
  providerTokens: readonly ProviderTokenMatch[];
  /** Only provider formats (i18n files). */
  providerOnly: boolean;
}

/** Every secret value in a YAML stream. */
export function findYamlSecrets(input: YamlScanInput): ValueFinding[] {
  const { documents, text, providerTokens, providerOnly } = input;
  const findings: ValueFinding[] = [];
  for (const document of documents) {
    const isSecretManifest = isKubernetesSecret(document);
    const isSealedManifest = isSealedSecret(document);
    visit(document, {
      Scalar(key, node, path) {
        if (key === 'key' || !node.range) return;
        if (isSealedManifest && isSealedCiphertext(path)) return;
        const raw = scalarText(node);
        if (raw === undefined || raw.length < 3) return;
        const parent = path[path.length - 1];
        // OpenAPI / JSON-schema `example:` values are samples: provider formats only.
        const inExample = path.some((ancestor) => isPair(ancestor) && EXAMPLE_KEYS.has(keyText(ancestor) ?? ''));
        let name: string | undefined;
        let value = raw;
        let [start, end] = [node.range[0], node.range[1]];
        let where: string | undefined;
        if (isPair(parent)) {
          name = keyText(parent);
          if ((name === 'value' || name === 'Value' || name === 'ParameterValue') && path.length >= 2) name = siblingName(path[path.length - 2]) ?? name;
          // data:/stringData: of `kind: Secret`, two levels under the document root.
          const section = path.length >= 3 ? path[path.length - 3] : undefined;
          const sectionName = isPair(section) ? keyText(section) : undefined;
          if (isSecretManifest && path.length === 5 && (sectionName === 'data' || sectionName === 'stringData') && name !== undefined) {
            const detection = kubernetesSecretValue(name, raw, sectionName === 'data');
            if (detection) findings.push({ start, end, detection, name, where: 'in a committed Kubernetes Secret' });
            return;
          }
        } else if (isSeq(parent)) {
          // docker-compose `environment: [- KEY=value]`, `args:` lists.
          const assignment = /^([A-Za-z_][A-Za-z0-9_.-]*)=([\s\S]*)$/.exec(raw);
          if (assignment) {
            name = assignment[1];
            value = assignment[2]!;
            const source = text.slice(start, end);
            const equals = source.indexOf('=');
            if (equals !== -1 && !source.includes('\n')) {
              start += equals + 1;
              if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') end -= 1;
            }
          }
        }
        const secretlintMatch = providerTokenIn(providerTokens, node.range[0], node.range[1], text);
        let detection = detectSecret(value, { targetName: name, providerOnly: providerOnly || inExample });
        if (!detection && secretlintMatch) {
          detection = { type: 'provider', kind: secretlintMatch.kind, envName: name ?? 'SECRET', envPrefix: '', maxSeverity: undefined, secret: value, start: 0, end: 0 };
        }
        if (detection) findings.push({ start, end, detection, name, where });
      },
    });
  }
  return findings;
}
