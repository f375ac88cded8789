import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Scalar } from 'yaml';
import picomatch from 'picomatch';
import { LineIndex } from './lineIndex';
import { MANUAL_CHECKS } from './checklist';
import type { Range, SeveritySetting } from './types';
import { ownEntry } from './analysis/ownEntry';

export interface ChecklistAttestation {
  done: boolean;
  note?: string;
}

export interface TwelveFactorConfig {
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  checklist: Record<string, ChecklistAttestation>;
}

export interface ConfigProblem {
  range: Range;
  message: string;
  severity: 'error' | 'warning';
}

export function emptyConfig(): TwelveFactorConfig {
  return { rules: {}, ignore: [], checklist: {} };
}

const SEVERITY_ALIASES: Record<string, SeveritySetting> = {
  off: 'off',
  '0': 'off',
  false: 'off',
  hint: 'hint',
  info: 'information',
  information: 'information',
  warn: 'warning',
  warning: 'warning',
  '1': 'warning',
  error: 'error',
  '2': 'error',
};

/** Accepts the spellings people use in linters (`warn`, `info`, `0/1/2`) and returns the canonical severity. */
export function parseSeverity(value: string): SeveritySetting | undefined {
  return ownEntry(SEVERITY_ALIASES, value.trim().toLowerCase());
}

const TOP_LEVEL_KEYS = ['rules', 'ignore', 'checklist'];

/**
 * Parses `.twelve-factor.yml`. Never throws: every unknown key, bad value or YAML syntax
 * error becomes a problem with the exact range, and the valid parts still apply.
 */
export function parseConfig(text: string, knownRuleIds: ReadonlySet<string>): { config: TwelveFactorConfig; problems: ConfigProblem[] } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const lines = new LineIndex(text);
  const rangeOf = (node: YamlNode | null | undefined): Range => {
    const [start, end] = node?.range ?? [0, 0];
    return lines.rangeOf(start, Math.max(start, end));
  };
  const problem = (node: YamlNode | null | undefined, message: string, severity: 'error' | 'warning' = 'error') => problems.push({ range: rangeOf(node), message, severity });

  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const error of document.errors) {
    problems.push({ range: lines.rangeOf(error.pos[0], error.pos[1]), message: `Invalid YAML in .twelve-factor.yml: ${error.message.split('\n')[0]}`, severity: 'error' });
  }
  const root = document.contents;
  if (root === null || root === undefined) return { config, problems };
  if (!isMap(root)) {
    problem(root, 'The .twelve-factor.yml file must be a mapping with the keys rules, ignore and checklist.');
    return { config, problems };
  }

  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    if (!TOP_LEVEL_KEYS.includes(key)) {
      problem(keyNode, `Unknown key "${key}" in .twelve-factor.yml; expected one of: ${TOP_LEVEL_KEYS.join(', ')}.`, 'warning');
      continue;
    }
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (key === 'rules') readRules(value, config, knownRuleIds, problem);
    if (key === 'ignore') readIgnore(value, config, problem);
    if (key === 'checklist') readChecklist(value, config, problem);
  }
  return { config, problems };
}

type ProblemSink = (node: YamlNode | null | undefined, message: string, severity?: 'error' | 'warning') => void;

function readRules(value: YamlNode, config: TwelveFactorConfig, knownRuleIds: ReadonlySet<string>, problem: ProblemSink): void {
  if (!isMap(value)) {
    problem(value, '"rules" must map rule ids to a severity (off, hint, info, warning, error).');
    return;
  }
  for (const pair of value.items) {
    const keyNode = pair.key as YamlNode;
    const ruleId = isScalar(keyNode) ? String(keyNode.value) : '';
    const severityNode = pair.value as YamlNode | null;
    if (!knownRuleIds.has(ruleId)) {
      problem(keyNode, `Unknown rule id "${ruleId}".${suggestion(ruleId, knownRuleIds)}`);
      continue;
    }
    const raw = isScalar(severityNode) ? String((severityNode as Scalar).value) : undefined;
    const severity = raw === undefined ? undefined : parseSeverity(raw);
    if (!severity) {
      problem(severityNode ?? keyNode, `Invalid severity ${raw === undefined ? '' : `"${raw}" `}for ${ruleId}; use off, hint, info, warning or error.`);
      continue;
    }
    config.rules[ruleId] = severity;
  }
}

function readIgnore(value: YamlNode, config: TwelveFactorConfig, problem: ProblemSink): void {
  const items = isSeq(value) ? value.items : isScalar(value) ? [value] : undefined;
  if (!items) {
    problem(value, '"ignore" must be a list of glob patterns, e.g. ["legacy/**", "**/*.generated.ts"].');
    return;
  }
  for (const item of items as YamlNode[]) {
    const pattern = isScalar(item) && typeof item.value === 'string' ? item.value : undefined;
    if (!pattern) {
      problem(item, 'Each "ignore" entry must be a glob pattern string.');
      continue;
    }
    try {
      picomatch.makeRe(pattern);
      config.ignore.push(pattern);
    } catch {
      problem(item, `"${pattern}" is not a valid glob pattern.`);
    }
  }
}

function readChecklist(value: YamlNode, config: TwelveFactorConfig, problem: ProblemSink): void {
  if (!isMap(value)) {
    problem(value, '"checklist" must map manual check ids to true/false (or { done, note }).');
    return;
  }
  const knownChecks = new Set(MANUAL_CHECKS.map((check) => check.id));
  for (const pair of value.items) {
    const keyNode = pair.key as YamlNode;
    const checkId = isScalar(keyNode) ? String(keyNode.value) : '';
    const entry = pair.value as YamlNode | null;
    if (!knownChecks.has(checkId)) {
      problem(keyNode, `Unknown checklist item "${checkId}".${suggestion(checkId, knownChecks)}`, 'warning');
      continue;
    }
    if (isScalar(entry) && typeof entry.value === 'boolean') {
      config.checklist[checkId] = { done: entry.value };
      continue;
    }
    if (isMap(entry)) {
      const done = entry.get('done');
      const note = entry.get('note');
      if (typeof done !== 'boolean') {
        problem(entry, `Checklist item "${checkId}" needs "done: true" or "done: false".`);
        continue;
      }
      config.checklist[checkId] = typeof note === 'string' ? { done, note } : { done };
      continue;
    }
    problem(entry ?? keyNode, `Checklist item "${checkId}" must be true, false or { done, note }.`);
  }
}

/** The closest known id by edit distance, when it is close enough to be a typo (a third of the length). */
function suggestion(input: string, known: ReadonlySet<string>): string {
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = editDistance(input, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  // A right name in the wrong factor (`config/hardcoded-port`) is also a likely slip.
  const tail = input.split('/').pop() ?? input;
  const sameName = [...known].find((id) => id.endsWith(`/${tail}`));
  const match = best && best.distance <= Math.max(2, Math.floor(input.length / 3)) ? best.id : sameName;
  return match ? ` Did you mean "${match}"?` : '';
}

/** Levenshtein distance; ids are short, so the quadratic table is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
