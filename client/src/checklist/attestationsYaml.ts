// Reads and writes the `checklist:` attestations of `.twelve-factor.yml`. Pure text in,
// text out (no `vscode`), so the unit tier tests it. Writing goes through the `yaml`
// Document API so the team's comments, key order and other keys survive a checkbox click.
import { Document, isMap, isScalar, parseDocument } from 'yaml';

export interface Attestation {
  done: boolean;
  note?: string;
}

export type Attestations = Record<string, Attestation>;

export const CONFIG_FILE_NAME = '.twelve-factor.yml';

/** What a new config file starts with, so a reader knows what wrote it and why. */
const NEW_FILE_HEADER = ' Twelve-Factor Guide: rule severities, ignored paths and checklist attestations.\n Commit this file: the team shares the attestations through git.';

function parse(text: string): Document.Parsed {
  return parseDocument(text, { keepSourceTokens: false });
}

/** The attestations in `text`; malformed entries are skipped (the language server reports them in the file). */
export function readAttestations(text: string): Attestations {
  const document = parse(text);
  const checklist = isMap(document.contents) ? document.contents.get('checklist', true) : undefined;
  const attestations: Attestations = {};
  if (!isMap(checklist)) return attestations;
  for (const pair of checklist.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (!id) continue;
    const value = pair.value;
    if (isScalar(value) && typeof value.value === 'boolean') attestations[id] = { done: value.value };
    else if (isMap(value)) {
      const done = value.get('done');
      const note = value.get('note');
      if (typeof done === 'boolean') attestations[id] = typeof note === 'string' && note !== '' ? { done, note } : { done };
    }
  }
  return attestations;
}

export type AttestationUpdate = { ok: true; text: string } | { ok: false; reason: string };

/**
 * `text` with check `checkId` attested (`done: true`) or not. An existing `{ done, note }`
 * entry keeps its note and only changes `done`; a plain entry becomes `true`, or is removed
 * when unticked (an absent entry means "not attested", and the file stays short).
 * Refuses to touch a file that does not parse: rewriting it could lose what the user typed.
 */
export function updateAttestation(text: string, checkId: string, done: boolean): AttestationUpdate {
  const document = parse(text);
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    return { ok: false, reason: `${CONFIG_FILE_NAME} has a YAML error (${first.message.split('\n')[0]}); fix it before ticking checklist items.` };
  }
  const isEmpty = document.contents === null || (isScalar(document.contents) && document.contents.value === null);
  if (isEmpty) {
    const fresh = new Document({ checklist: done ? { [checkId]: true } : {} });
    if (text.trim() === '') fresh.commentBefore = NEW_FILE_HEADER;
    return { ok: true, text: fresh.toString() };
  }
  if (!isMap(document.contents)) return { ok: false, reason: `${CONFIG_FILE_NAME} must be a mapping (keys rules, ignore, checklist); fix it before ticking checklist items.` };
  const checklist = document.contents.get('checklist', true);
  if (checklist !== undefined && !isMap(checklist) && !(isScalar(checklist) && checklist.value === null)) {
    return { ok: false, reason: `"checklist" in ${CONFIG_FILE_NAME} must be a mapping of check ids to true/false; fix it before ticking checklist items.` };
  }
  if (!isMap(checklist)) document.set('checklist', document.createNode({}));
  else if (checklist.flow && checklist.items.length === 0) checklist.flow = false; // `checklist: {}` grows as a block, one check per line
  const existing = document.getIn(['checklist', checkId], true);
  if (isMap(existing)) document.setIn(['checklist', checkId, 'done'], done);
  else if (done) document.setIn(['checklist', checkId], true);
  else document.deleteIn(['checklist', checkId]);
  // An empty block map prints as `checklist:` (null), which the config parser reports as an error.
  const updated = document.get('checklist', true);
  if (isMap(updated) && updated.items.length === 0) updated.flow = true;
  return { ok: true, text: document.toString() };
}
