// The checklist's page script, bundled for the browser into dist/media/checklist/checklist.js.
// It renders what the extension sends and sends back what the user does; it knows no paths
// and reads no files. All text goes in through textContent, never as HTML, because finding
// messages quote the user's code.
import { parseHostMessage, type ChecklistState, type FactorItem, type FindingItem, type Severity, type ViewMessage } from '../protocol';
import { summarize } from '../summary';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('checklist') as HTMLElement;
// The summary is a live region: it must stay the same node, so only its text changes and
// screen readers announce the new count (a freshly inserted region is not announced).
const summaryNode = document.createElement('p');
summaryNode.id = 'summary';
summaryNode.className = 'summary';
summaryNode.setAttribute('role', 'status');
summaryNode.setAttribute('aria-live', 'polite');
const content = document.createElement('div');
content.className = 'content';

/** Which factors the user expanded; kept across re-renders and when the view is hidden. */
interface ViewUiState {
  open: number[];
}
function loadUiState(): ViewUiState {
  const saved = vscode.getState() as Partial<ViewUiState> | undefined;
  return { open: Array.isArray(saved?.open) ? saved.open.filter((value): value is number => typeof value === 'number') : [] };
}
const uiState = loadUiState();
const openFactors = new Set<number>(uiState.open);
function saveUiState(): void {
  vscode.setState({ open: [...openFactors] } satisfies ViewUiState);
}

const SEVERITY_ICON: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' };
const SEVERITY_NOUN: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['info', 'infos'],
  hint: ['hint', 'hints'],
};
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

// --- Small DOM helpers ------------------------------------------------------------------------

type Child = Node | string | undefined | false;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) node.append(child);
  return node;
}

function icon(name: string, extraClass = ''): HTMLElement {
  return element('span', { class: `codicon codicon-${name} ${extraClass}`.trim(), 'aria-hidden': 'true' });
}

/** Text only screen readers read (the icons carry the same meaning for the eye). */
function spoken(text: string): HTMLElement {
  return element('span', { class: 'visually-hidden' }, text);
}

function plural(count: number, [one, many]: [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

function post(message: ViewMessage): void {
  vscode.postMessage(message);
}

// --- Rendering ----------------------------------------------------------------------------

function countsText(factor: FactorItem): string {
  return SEVERITY_ORDER.filter((severity) => factor.counts[severity] > 0)
    .map((severity) => plural(factor.counts[severity], SEVERITY_NOUN[severity]))
    .join(', ');
}

function statusBadge(factor: FactorItem): HTMLElement {
  if (factor.status === 'findings') {
    const badge = element('span', { class: 'counts' });
    for (const severity of SEVERITY_ORDER) {
      const count = factor.counts[severity];
      if (count > 0) badge.append(element('span', { class: `count severity-${severity}` }, icon(SEVERITY_ICON[severity]), String(count)));
    }
    badge.append(spoken(`: ${countsText(factor)}`));
    return badge;
  }
  if (factor.status === 'clean') return element('span', { class: 'status-label status-clean' }, 'clean');
  return element('span', { class: 'status-label status-needs-human' }, 'needs a human');
}

function statusIcon(factor: FactorItem): HTMLElement {
  if (factor.status === 'clean') return icon('pass-filled', 'status-icon status-clean');
  if (factor.status === 'needs-human') return icon('person', 'status-icon status-needs-human');
  const worst = SEVERITY_ORDER.find((severity) => factor.counts[severity] > 0) ?? 'warning';
  return icon(SEVERITY_ICON[worst], `status-icon severity-${worst}`);
}

function findingButton(finding: FindingItem): HTMLElement {
  const button = element(
    'button',
    { type: 'button', class: `finding severity-${finding.severity}`, 'data-key': `finding:${finding.ruleId}:${finding.location}:${finding.line}:${finding.message}`, title: `${finding.ruleId} — open ${finding.location}:${finding.line}` },
    icon(SEVERITY_ICON[finding.severity]),
    spoken(`${SEVERITY_NOUN[finding.severity][0]}: `),
    element('span', { class: 'finding-message' }, finding.message),
    element('span', { class: 'finding-location' }, `${finding.location}:${finding.line}`),
  );
  button.addEventListener('click', () => post({ type: 'reveal', findingId: finding.id }));
  // Problems in .twelve-factor.yml and skipped-file notes have no rule page.
  if (finding.ruleId.startsWith('twelve-factor/')) return element('li', { class: 'finding-row' }, button);
  const docs = element('button', { type: 'button', class: 'rule-docs', 'data-key': `rule-docs:${finding.ruleId}:${finding.location}:${finding.line}`, title: `Documentation of ${finding.ruleId}`, 'aria-label': `Documentation of ${finding.ruleId}` }, icon('book'));
  docs.addEventListener('click', () => post({ type: 'showRuleDocs', ruleId: finding.ruleId }));
  return element('li', { class: 'finding-row' }, button, docs);
}

function factorBody(factor: FactorItem, state: ChecklistState): HTMLElement {
  const body = element('div', { class: 'factor-body' });
  body.append(element('p', { class: 'factor-summary' }, factor.summary));
  const docs = element('button', { type: 'button', class: 'link', 'data-key': `docs:${factor.factor}` }, `Read factor ${factor.roman} on 12factor.net`, icon('link-external'));
  docs.addEventListener('click', () => post({ type: 'openFactorDocs', factor: factor.factor }));
  body.append(docs);

  if (factor.findings.length > 0) {
    const headingId = `findings-${factor.factor}`;
    body.append(element('h3', { id: headingId }, `Findings (${factor.findings.length})`));
    body.append(element('ul', { class: 'findings', 'aria-labelledby': headingId }, ...factor.findings.map(findingButton)));
  }

  const headingId = `manual-${factor.factor}`;
  body.append(element('h3', { id: headingId }, 'Needs a human'));
  const list = element('ul', { class: 'manual', 'aria-labelledby': headingId });
  for (const check of factor.manualChecks) {
    const box = element('input', { type: 'checkbox', 'data-key': `check:${check.id}`, 'data-check': check.id });
    box.checked = check.done;
    const folder = state.folder;
    if (!folder || state.attestationProblem) box.disabled = true;
    box.addEventListener('change', () => {
      if (folder) post({ type: 'attest', folder: folder.uri, checkId: check.id, done: box.checked });
    });
    list.append(element('li', {}, element('label', {}, box, element('span', {}, check.question)), check.note ? element('p', { class: 'note' }, icon('note'), check.note) : undefined));
  }
  body.append(list);
  return body;
}

function factorItem(factor: FactorItem, state: ChecklistState): HTMLElement {
  const details = element('details', { 'data-factor': String(factor.factor) });
  details.open = openFactors.has(factor.factor);
  details.addEventListener('toggle', () => {
    if (details.open) openFactors.add(factor.factor);
    else openFactors.delete(factor.factor);
    saveUiState();
  });
  const summary = element(
    'summary',
    { 'data-key': `factor:${factor.factor}` },
    statusIcon(factor),
    element('span', { class: 'roman' }, factor.roman),
    element('span', { class: 'title' }, factor.title),
    statusBadge(factor),
  );
  details.append(summary, factorBody(factor, state));
  return element('li', { class: `factor status-${factor.status}` }, details);
}

function toolbar(state: ChecklistState): HTMLElement {
  const header = element('header', { class: 'toolbar' });
  if (state.folders.length > 1 && state.folder) {
    const select = element('select', { id: 'folder', 'data-key': 'folder' });
    for (const folder of state.folders) {
      const option = element('option', { value: folder.uri }, folder.name);
      option.selected = folder.uri === state.folder.uri;
      select.append(option);
    }
    select.addEventListener('change', () => post({ type: 'selectFolder', folder: select.value }));
    header.append(element('div', { class: 'folder' }, element('label', { for: 'folder' }, 'Folder'), select));
  }
  const scan = element('button', { type: 'button', class: 'primary', 'data-key': 'scan' }, icon(state.busy === 'scan' ? 'loading codicon-modifier-spin' : 'refresh'), state.busy === 'scan' ? 'Scanning…' : 'Scan workspace');
  const fixAll = element('button', { type: 'button', class: 'secondary', 'data-key': 'fix-all' }, icon(state.busy === 'fixAll' ? 'loading codicon-modifier-spin' : 'wand'), state.busy === 'fixAll' ? 'Fixing…' : 'Apply all safe fixes');
  scan.disabled = fixAll.disabled = state.busy !== undefined || !state.folder;
  scan.addEventListener('click', () => post({ type: 'scan' }));
  fixAll.addEventListener('click', () => post({ type: 'fixAll' }));
  header.append(element('div', { class: 'actions' }, scan, fixAll));
  if (state.attestationProblem) header.append(element('p', { class: 'problem', role: 'alert' }, icon('warning'), state.attestationProblem));
  return header;
}

function render(state: ChecklistState): void {
  // Re-rendering replaces the nodes: remember what had focus and give it back.
  const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  if (!root.contains(summaryNode)) {
    root.replaceChildren(summaryNode, content);
    root.removeAttribute('aria-busy');
  }
  const summary = state.folder ? summarize(state.factors) : 'Open a folder to check it against the twelve factors.';
  if (summaryNode.textContent !== summary) summaryNode.textContent = summary;
  content.replaceChildren(toolbar(state));
  content.setAttribute('aria-busy', state.busy ? 'true' : 'false');
  if (state.folder) {
    content.append(element('ol', { class: 'factors', 'aria-label': 'The twelve factors' }, ...state.factors.map((factor) => factorItem(factor, state))));
    if (state.other.length > 0) {
      content.append(
        element(
          'section',
          { class: 'other', 'aria-labelledby': 'other-heading' },
          element('h2', { id: 'other-heading' }, `Configuration and notes (${state.other.length})`),
          element('ul', { class: 'findings' }, ...state.other.map(findingButton)),
        ),
      );
    }
  }
  if (focusedKey) {
    const again = [...root.querySelectorAll<HTMLElement>('[data-key]')].find((candidate) => candidate.dataset.key === focusedKey);
    again?.focus();
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  if (message) render(message.state);
});
post({ type: 'ready' });
