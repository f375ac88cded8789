/** Where the rule documentation is published; every link (diagnostics, SARIF, README) comes from here. */
export const REPOSITORY_URL = 'https://github.com/twelve-factor-guide/twelve-factor-guide';

/** Relative path of a rule's doc page inside the repository / the packaged extension. */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/${ruleDocPath(ruleId)}`;
}
