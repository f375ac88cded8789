/** A provider-format token found in a file's text by secretlint (offsets into the text). */
export interface ProviderTokenMatch {
  start: number;
  end: number;
  /** secretlint's rule id, e.g. '@secretlint/secretlint-rule-github'. */
  source: string;
  /** Human name of the token kind, e.g. 'GitHub token'. */
  kind: string;
}

/**
 * Scans a whole file's text for provider token formats with secretlint's recommended
 * preset (called once per file text). TODO(secrets owner): implement with @secretlint/core.
 */
export async function scanProviderTokens(_text: string, _fileName: string): Promise<ProviderTokenMatch[]> {
  return [];
}
