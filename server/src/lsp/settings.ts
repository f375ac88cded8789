// `twelveFactor.*` settings as the client sends them (untrusted shape) → typed settings and
// the Project options they imply. Pure.
import { parseSeverity } from '../engine/config';
import { RULE_IDS } from '../engine/ruleIds';
import type { SeveritySetting } from '../engine/types';
import { DEFAULT_SETTINGS, type TwelveFactorSettings } from './protocol';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever the client returned for the `twelveFactor` section; bad values fall back to defaults. */
export function readSettings(raw: unknown): TwelveFactorSettings {
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, rules: {}, exclude: [] };
  const rules: Record<string, string> = {};
  if (isRecord(raw.rules)) {
    for (const [ruleId, value] of Object.entries(raw.rules)) if (typeof value === 'string') rules[ruleId] = value;
  }
  const exclude = Array.isArray(raw.exclude) ? raw.exclude.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '') : [];
  const maxFileSize = typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0 ? raw.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    rules,
    exclude,
    scanOnStartup: typeof raw.scanOnStartup === 'boolean' ? raw.scanOnStartup : DEFAULT_SETTINGS.scanOnStartup,
    maxFileSize,
  };
}

/**
 * Per-rule severities from the settings. 'default' means "leave it to .twelve-factor.yml
 * and the rule's default"; unknown ids and values are reported, not applied.
 */
export function ruleOverridesFrom(settings: TwelveFactorSettings): { overrides: Record<string, SeveritySetting>; problems: string[] } {
  const overrides: Record<string, SeveritySetting> = {};
  const problems: string[] = [];
  for (const [ruleId, value] of Object.entries(settings.rules)) {
    if (value === 'default') continue;
    if (!RULE_IDS.has(ruleId)) {
      problems.push(`twelveFactor.rules: unknown rule id "${ruleId}" ignored.`);
      continue;
    }
    const severity = parseSeverity(value);
    if (!severity) {
      problems.push(`twelveFactor.rules: invalid severity "${value}" for ${ruleId} ignored; use default, off, hint, information, warning or error.`);
      continue;
    }
    overrides[ruleId] = severity;
  }
  return { overrides, problems };
}
