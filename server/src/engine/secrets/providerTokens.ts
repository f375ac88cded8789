// The one whole-file pass of the secrets rules: secretlint's recommended preset, run once per
// file text before the AST walk (the engine calls scanProviderTokens when a rule sets
// `needsProviderTokens`). Rules then attribute each match to the literal that contains it.
//
// secretlint is ESM and ~200 kB of rules: it is loaded lazily, on the first text that could
// hold a token, and never for a text that cannot (a substring prefilter).
import { isPlausibleTokenText } from './providers';
import type { KeywordIndex } from '../keywordIndex';

/** A provider-format token found in a file's text by secretlint (offsets into the text). */
export interface ProviderTokenMatch {
  start: number;
  end: number;
  /** secretlint's rule id, e.g. '@secretlint/secretlint-rule-github'. */
  source: string;
  /** Human name of the token kind, e.g. 'GitHub token'. */
  kind: string;
  /** secretlint's message id (e.g. 'AWSAccessKeyID'), when it gave one. */
  messageId?: string;
}

/**
 * Rules of the preset we switch off: URL credentials and connection strings are judged by
 * our own literal-level check (with placeholder handling secretlint lacks), and the GCP rule
 * reads .p12 files from disk — rules here never touch the disk.
 */
const DISABLED_RULES = ['@secretlint/secretlint-rule-basicauth', '@secretlint/secretlint-rule-database-connection-string', '@secretlint/secretlint-rule-gcp'];

/** Substrings at least one of which every format of the enabled preset rules contains. */
const PREFILTER_SUBSTRINGS = [
  'AKIA',
  'ASIA',
  'A3T',
  'AGPA',
  'AIDA',
  'AROA',
  'AIPA',
  'ANPA',
  'ANVA',
  // The AWS secret access key rule anchors on `(SECRET|secret|Secret)_?(ACCESS|access|Access)`:
  // every spelling of that, not 'secret' alone (common in code, where secretlint would run for nothing).
  ...['SECRET', 'secret', 'Secret'].flatMap((secret) => ['', '_'].flatMap((separator) => ['ACCESS', 'access', 'Access'].map((access) => `${secret}${separator}${access}`))),
  'PRIVATE KEY',
  'npm_',
  'xox',
  'xapp',
  'hooks.slack.com',
  'sk-',
  'gsk_',
  'hf_',
  'lin_api_',
  'ntn_',
  'SG.',
  'shp',
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'github_pat_',
  'glpat-',
  'glc_',
  'glsa_',
  'ops_ey',
  'hvs.',
  'hvb.',
  'hvr.',
  'vcp_',
  'vci_',
  'vca_',
  'vcr_',
  'vck_',
  'dapi',
  'dckr_pat_',
  'figd_',
];

const KIND_BY_MESSAGE_ID: Readonly<Record<string, string>> = {
  AWSAccessKeyID: 'AWS access key ID',
  AWSSecretAccessKey: 'AWS secret access key',
  SLACK_TOKEN: 'Slack token',
  IncomingWebhook: 'Slack webhook URL',
  PrivateKey: 'private key (PEM)',
};

/** Message ids that are not secrets (an AWS account id is an identifier). */
const IGNORED_MESSAGE_IDS = new Set(['AWSAccountID']);

const KIND_BY_RULE: Readonly<Record<string, string>> = {
  '@secretlint/secretlint-rule-aws': 'AWS credential',
  '@secretlint/secretlint-rule-github': 'GitHub token',
  '@secretlint/secretlint-rule-gitlab': 'GitLab token',
  '@secretlint/secretlint-rule-slack': 'Slack token',
  '@secretlint/secretlint-rule-npm': 'npm access token',
  '@secretlint/secretlint-rule-openai': 'OpenAI API key',
  '@secretlint/secretlint-rule-anthropic': 'Anthropic API key',
  '@secretlint/secretlint-rule-privatekey': 'private key (PEM)',
  '@secretlint/secretlint-rule-sendgrid': 'SendGrid API key',
  '@secretlint/secretlint-rule-shopify': 'Shopify access token',
  '@secretlint/secretlint-rule-groq': 'Groq API key',
  '@secretlint/secretlint-rule-huggingface': 'Hugging Face token',
  '@secretlint/secretlint-rule-linear': 'Linear API key',
  '@secretlint/secretlint-rule-notion': 'Notion integration token',
  '@secretlint/secretlint-rule-grafana': 'Grafana token',
  '@secretlint/secretlint-rule-1password': '1Password service account token',
  '@secretlint/secretlint-rule-hashicorp-vault': 'HashiCorp Vault token',
  '@secretlint/secretlint-rule-vercel': 'Vercel token',
  '@secretlint/secretlint-rule-databricks': 'Databricks token',
  '@secretlint/secretlint-rule-docker': 'Docker Hub access token',
  '@secretlint/secretlint-rule-figma': 'Figma access token',
};

/** The slice of secretlint's API we use, typed locally (the packages are ESM-only). */
interface LintMessage {
  type?: string;
  ruleId: string;
  messageId: string;
  range: readonly [number, number];
}
interface LintFunction {
  (input: {
    source: { content: string; filePath: string; ext: string; contentType: 'text' };
    options: { config: { rules: unknown[] }; noPhysicFilePath: boolean; maskSecrets: boolean; locale: 'en' };
  }): Promise<{ messages: readonly LintMessage[] }>;
}

/**
 * secretlint's profiler (a module singleton) calls `performance.mark` around every lint and
 * rule, and a PerformanceObserver copies every mark into its own `entries` array: both grow
 * without bound in a long-running language server. Replacing `mark` with a no-op stops the
 * marks at the source (nothing reaches Node's global timeline or the observer); clearing the
 * arrays after each scan drops whatever the observer copied from other code's marks.
 */
interface ProfilerInternals {
  mark: (marker: unknown) => void;
  entries?: unknown[];
  measures?: unknown[];
  executionPromises?: unknown[];
}

let profiler: ProfilerInternals | undefined;

function silenceProfiler(instance: ProfilerInternals): void {
  instance.mark = () => undefined;
  clearProfiler(instance);
}

function clearProfiler(instance: ProfilerInternals | undefined): void {
  if (!instance) return;
  if (Array.isArray(instance.entries)) instance.entries.length = 0;
  if (Array.isArray(instance.measures)) instance.measures.length = 0;
  if (Array.isArray(instance.executionPromises)) instance.executionPromises.length = 0;
}

interface SecretlintRuntime {
  lint: LintFunction;
  config: { rules: unknown[] };
}

let runtime: Promise<SecretlintRuntime> | undefined;

function loadSecretlint(): Promise<SecretlintRuntime> {
  runtime ??= (async () => {
    const [core, preset, profilerModule] = await Promise.all([import('@secretlint/core'), import('@secretlint/secretlint-rule-preset-recommend'), import('@secretlint/profiler')]);
    profiler = profilerModule.secretLintProfiler as unknown as ProfilerInternals;
    silenceProfiler(profiler);
    // The preset's rules, registered one by one: secretlint ignores `disabled` on rules inside
    // a preset, so the ones we do not want are left out here instead.
    const presetRules = preset.rules as unknown as ReadonlyArray<{ meta: { id: string } }>;
    const rules = presetRules
      .filter((rule) => !DISABLED_RULES.includes(rule.meta.id))
      .map((rule) => ({
        id: rule.meta.id,
        rule,
        // The AWS rule reports access key ids only when asked.
        options: rule.meta.id === '@secretlint/secretlint-rule-aws' ? { enableIDScanRule: true } : {},
      }));
    const config = { rules };
    return { lint: core.lintSource as unknown as LintFunction, config };
  })();
  return runtime;
}

/**
 * True when the text contains a substring of some format the enabled preset rules detect.
 * With the engine's keyword index of the text, the fifty substring tests rarely scan it.
 */
export function mayContainProviderToken(text: string, keywords?: KeywordIndex): boolean {
  return keywords ? keywords.includesAny(PREFILTER_SUBSTRINGS) : PREFILTER_SUBSTRINGS.some((substring) => text.includes(substring));
}

function extensionOf(fileName: string): string {
  const slash = fileName.lastIndexOf('/');
  const dot = fileName.lastIndexOf('.');
  return dot > slash ? fileName.slice(dot) : '';
}

/**
 * Scans a whole file's text for provider token formats with secretlint's recommended
 * preset (called once per file text). Offsets are into `text`. Matches whose secret part is
 * obviously fake (EXAMPLE, xxxx, 1234567890abcdef…) are dropped here.
 */
export async function scanProviderTokens(text: string, fileName: string, keywords?: KeywordIndex): Promise<ProviderTokenMatch[]> {
  if (!mayContainProviderToken(text, keywords)) return [];
  const { lint, config } = await loadSecretlint();
  const baseName = fileName.slice(fileName.lastIndexOf('/') + 1);
  try {
    const result = await lint({
      // Only the base name: no rule gets a path it could read from disk.
      source: { content: text, filePath: baseName, ext: extensionOf(baseName), contentType: 'text' },
      options: { config, noPhysicFilePath: true, maskSecrets: false, locale: 'en' },
    });
    const matches: ProviderTokenMatch[] = [];
    for (const message of result.messages) {
      if (message.type !== undefined && message.type !== 'message') continue;
      if (IGNORED_MESSAGE_IDS.has(message.messageId)) continue;
      const [start, end] = message.range;
      if (!isPlausibleTokenText(secretPartOf(message, text.slice(start, end)))) continue;
      const kind = KIND_BY_MESSAGE_ID[message.messageId] ?? KIND_BY_RULE[message.ruleId] ?? 'provider token';
      matches.push({ start, end, source: message.ruleId, kind, messageId: message.messageId });
    }
    return matches.sort((a, b) => a.start - b.start);
  } finally {
    clearProfiler(profiler);
  }
}

/** For `KEY = "value"`-shaped matches (AWS secret access key) judge the value, not the key. */
function secretPartOf(message: LintMessage, matched: string): string {
  if (message.messageId !== 'AWSSecretAccessKey') return matched;
  const value = /([A-Za-z0-9/+=]{40})["']?$/.exec(matched);
  return value ? value[1]! : matched;
}

/** Test hook: how many entries secretlint's profiler holds (must stay 0). */
export function profilerEntryCount(): number {
  if (!profiler) return 0;
  return (profiler.entries?.length ?? 0) + (profiler.measures?.length ?? 0) + (profiler.executionPromises?.length ?? 0);
}

const ENV_NAME_BY_MESSAGE_ID: Readonly<Record<string, string>> = {
  AWSAccessKeyID: 'AWS_ACCESS_KEY_ID',
  AWSSecretAccessKey: 'AWS_SECRET_ACCESS_KEY',
  IncomingWebhook: 'SLACK_WEBHOOK_URL',
};

const ENV_NAME_BY_RULE: Readonly<Record<string, string>> = {
  '@secretlint/secretlint-rule-github': 'GITHUB_TOKEN',
  '@secretlint/secretlint-rule-gitlab': 'GITLAB_TOKEN',
  '@secretlint/secretlint-rule-slack': 'SLACK_TOKEN',
  '@secretlint/secretlint-rule-npm': 'NPM_TOKEN',
  '@secretlint/secretlint-rule-openai': 'OPENAI_API_KEY',
  '@secretlint/secretlint-rule-anthropic': 'ANTHROPIC_API_KEY',
  '@secretlint/secretlint-rule-privatekey': 'PRIVATE_KEY',
  '@secretlint/secretlint-rule-sendgrid': 'SENDGRID_API_KEY',
  '@secretlint/secretlint-rule-shopify': 'SHOPIFY_ACCESS_TOKEN',
  '@secretlint/secretlint-rule-groq': 'GROQ_API_KEY',
  '@secretlint/secretlint-rule-huggingface': 'HF_TOKEN',
  '@secretlint/secretlint-rule-linear': 'LINEAR_API_KEY',
  '@secretlint/secretlint-rule-notion': 'NOTION_TOKEN',
  '@secretlint/secretlint-rule-grafana': 'GRAFANA_TOKEN',
  '@secretlint/secretlint-rule-1password': 'OP_SERVICE_ACCOUNT_TOKEN',
  '@secretlint/secretlint-rule-hashicorp-vault': 'VAULT_TOKEN',
  '@secretlint/secretlint-rule-vercel': 'VERCEL_TOKEN',
  '@secretlint/secretlint-rule-databricks': 'DATABRICKS_TOKEN',
  '@secretlint/secretlint-rule-docker': 'DOCKER_TOKEN',
  '@secretlint/secretlint-rule-figma': 'FIGMA_TOKEN',
};

/** The conventional env var for a secretlint match ('GITHUB_TOKEN'). */
export function envNameForProviderToken(match: ProviderTokenMatch): string {
  return (match.messageId && ENV_NAME_BY_MESSAGE_ID[match.messageId]) ?? ENV_NAME_BY_RULE[match.source] ?? 'SECRET';
}
