// The checklist's one-line summary; shared by the webview (which shows it) and tests.
import type { FactorItem } from './protocol';

/** The summary line: "4 of 12 factors clean · 3 with findings · 5 need a human". */
export function summarize(factors: readonly FactorItem[]): string {
  const clean = factors.filter((factor) => factor.status === 'clean').length;
  const withFindings = factors.filter((factor) => factor.status === 'findings').length;
  const needsHuman = factors.filter((factor) => factor.status === 'needs-human').length;
  const parts = [`${clean} of ${factors.length} factors clean`];
  if (withFindings > 0) parts.push(`${withFindings} with findings`);
  if (needsHuman > 0) parts.push(`${needsHuman} need${needsHuman === 1 ? 's' : ''} a human`);
  return parts.join(' · ');
}
