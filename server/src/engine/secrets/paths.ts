// Files whose strings are judged differently by the secrets rules.

const I18N_DIR = /(^|\/)(locales?|i18n|l10n|lang|langs|languages|translations?)\//i;
const LANGUAGE_FILE = /(^|\/)(en|fr|de|es|pt|nl|ru|ja|zh|ko|ar|pl|sv|tr|uk|cs|da|fi|nb|he|hi|th|vi|el|hu|ro|bg|hr|sk|sl|lt|lv|et|fa|ms|ca)([-_][A-Za-z]{2,4})?\.(json|ya?ml)$/;

/**
 * Translation catalogs: full of keys named `password`, `token`, `apiKey` whose values are
 * labels and messages. Only provider-format tokens are looked for there.
 */
export function isI18nPath(path: string): boolean {
  return I18N_DIR.test(path) || LANGUAGE_FILE.test(path);
}

/** Lockfiles hold integrity hashes and resolved URLs, never configuration: skipped entirely. */
export function isLockfilePath(path: string): boolean {
  return /(^|\/)(pnpm-lock\.ya?ml|yarn\.lock|package-lock\.json|npm-shrinkwrap\.json|bun\.lockb?|composer\.lock|Gemfile\.lock|poetry\.lock|Cargo\.lock)$/.test(path) || /\.lock\.ya?ml$/.test(path);
}

/** `config.example.js`, `docker-compose.sample.yml`, `settings.template.json`: examples by name. */
export function isExamplePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.(example|examples|sample|template|dist|tmpl)\.[A-Za-z0-9]+$/i.test(name) || /^(example|sample)[-_.]/i.test(name);
}

/** Files where only provider-format tokens are looked for: translations and examples. */
export function isProviderOnlyPath(path: string): boolean {
  return isI18nPath(path) || isExamplePath(path);
}
