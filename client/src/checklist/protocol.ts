// The messages between the factor checklist webview and the extension, in both directions.
// Both sides import this file (the webview bundle and the extension bundle), and both
// validate what they receive at runtime: a webview is a web page, and a message from it is
// untrusted input, so nothing it sends is used before its shape has been checked. The view
// never sends paths or ranges; it names findings by the ids the extension gave it.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** clean: no findings and every manual check attested; findings: the code has some; needs-human: only attestations are missing. */
export type FactorStatus = 'clean' | 'findings' | 'needs-human';

export type SeverityCounts = Record<Severity, number>;

export interface FindingItem {
  /** Opaque id; the extension maps it back to a file and range. */
  id: string;
  ruleId: string;
  severity: Severity;
  message: string;
  /** Workspace-relative path, for display only. */
  location: string;
  /** 1-based, for display. */
  line: number;
}

export interface ManualCheckItem {
  id: string;
  question: string;
  done: boolean;
  note?: string;
}

export interface FactorItem {
  factor: number;
  roman: string;
  title: string;
  summary: string;
  url: string;
  status: FactorStatus;
  counts: SeverityCounts;
  findings: FindingItem[];
  manualChecks: ManualCheckItem[];
}

export interface FolderItem {
  /** The workspace folder's URI, as a string: the key attestations are saved under. */
  uri: string;
  name: string;
}

export interface ChecklistState {
  folders: FolderItem[];
  /** The folder the checklist describes (one `.twelve-factor.yml` per folder); undefined when no folder is open. */
  folder?: FolderItem;
  factors: FactorItem[];
  /** Findings that belong to no factor: problems in `.twelve-factor.yml`, skipped files. */
  other: FindingItem[];
  /** Set while a scan or fix-all started from the view runs. */
  busy?: 'scan' | 'fixAll';
  /** Why attestations cannot be saved right now (e.g. the config file does not parse). */
  attestationProblem?: string;
}

// --- Messages --------------------------------------------------------------------------------

/** Extension → webview. */
export type HostMessage = { type: 'state'; state: ChecklistState };

/** Webview → extension. */
export type ViewMessage =
  | { type: 'ready' }
  | { type: 'scan' }
  | { type: 'fixAll' }
  | { type: 'reveal'; findingId: string }
  | { type: 'attest'; folder: string; checkId: string; done: boolean }
  | { type: 'selectFolder'; folder: string }
  | { type: 'openFactorDocs'; factor: number }
  | { type: 'showRuleDocs'; ruleId: string };

// --- Runtime validation -------------------------------------------------------------------

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short, printable strings only: ids and URIs are never long, and a huge string is an attack or a bug. */
function isShortString(value: unknown, maxLength = 2048): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}

const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** Checks that `value` has exactly `keys` (besides `type`), so extra fields are rejected too. */
function hasExactKeys(value: Fields, keys: readonly string[]): boolean {
  const actual = Object.keys(value).filter((key) => key !== 'type');
  return actual.length === keys.length && keys.every((key) => actual.includes(key));
}

/** A message from the webview, or undefined when it is not one of ours in every detail. */
export function parseViewMessage(value: unknown): ViewMessage | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  switch (value.type) {
    case 'ready':
    case 'scan':
    case 'fixAll':
      return hasExactKeys(value, []) ? { type: value.type } : undefined;
    case 'reveal':
      return hasExactKeys(value, ['findingId']) && isShortString(value.findingId, 64) ? { type: 'reveal', findingId: value.findingId } : undefined;
    case 'attest':
      return hasExactKeys(value, ['folder', 'checkId', 'done']) && isShortString(value.folder) && isShortString(value.checkId, 128) && RULE_ID.test(value.checkId) && typeof value.done === 'boolean'
        ? { type: 'attest', folder: value.folder, checkId: value.checkId, done: value.done }
        : undefined;
    case 'selectFolder':
      return hasExactKeys(value, ['folder']) && isShortString(value.folder) ? { type: 'selectFolder', folder: value.folder } : undefined;
    case 'openFactorDocs':
      return hasExactKeys(value, ['factor']) && Number.isInteger(value.factor) && (value.factor as number) >= 1 && (value.factor as number) <= 12
        ? { type: 'openFactorDocs', factor: value.factor as number }
        : undefined;
    case 'showRuleDocs':
      return hasExactKeys(value, ['ruleId']) && isShortString(value.ruleId, 128) && RULE_ID.test(value.ruleId) ? { type: 'showRuleDocs', ruleId: value.ruleId } : undefined;
    default:
      return undefined;
  }
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function isFindingItem(value: unknown): value is FindingItem {
  return (
    isRecord(value) &&
    isShortString(value.id, 64) &&
    typeof value.ruleId === 'string' &&
    isSeverity(value.severity) &&
    typeof value.message === 'string' &&
    typeof value.location === 'string' &&
    Number.isInteger(value.line)
  );
}

function isManualCheckItem(value: unknown): value is ManualCheckItem {
  return isRecord(value) && isShortString(value.id, 128) && typeof value.question === 'string' && typeof value.done === 'boolean' && (value.note === undefined || typeof value.note === 'string');
}

function isCounts(value: unknown): value is SeverityCounts {
  return isRecord(value) && SEVERITIES.every((severity) => Number.isInteger(value[severity]));
}

function isFactorItem(value: unknown): value is FactorItem {
  return (
    isRecord(value) &&
    Number.isInteger(value.factor) &&
    typeof value.roman === 'string' &&
    typeof value.title === 'string' &&
    typeof value.summary === 'string' &&
    typeof value.url === 'string' &&
    (value.status === 'clean' || value.status === 'findings' || value.status === 'needs-human') &&
    isCounts(value.counts) &&
    Array.isArray(value.findings) &&
    value.findings.every(isFindingItem) &&
    Array.isArray(value.manualChecks) &&
    value.manualChecks.every(isManualCheckItem)
  );
}

function isFolderItem(value: unknown): value is FolderItem {
  return isRecord(value) && typeof value.uri === 'string' && typeof value.name === 'string';
}

function isChecklistState(value: unknown): value is ChecklistState {
  return (
    isRecord(value) &&
    Array.isArray(value.folders) &&
    value.folders.every(isFolderItem) &&
    (value.folder === undefined || isFolderItem(value.folder)) &&
    Array.isArray(value.factors) &&
    value.factors.every(isFactorItem) &&
    Array.isArray(value.other) &&
    value.other.every(isFindingItem) &&
    (value.busy === undefined || value.busy === 'scan' || value.busy === 'fixAll') &&
    (value.attestationProblem === undefined || typeof value.attestationProblem === 'string')
  );
}

/** A message from the extension, checked as well: the view renders nothing it does not understand. */
export function parseHostMessage(value: unknown): HostMessage | undefined {
  if (!isRecord(value) || value.type !== 'state' || !hasExactKeys(value, ['state'])) return undefined;
  return isChecklistState(value.state) ? { type: 'state', state: value.state } : undefined;
}
