// Quick fixes that move a hardcoded secret into the environment. The value may go to `.env`
// only — and only when git ignores `.env` (the fix adds it to .gitignore first when it does
// not). `.env.example` gets the name with an empty value, never the value. None of these
// fixes is `safe`: fix-all must never move secrets around on its own.
import type { Fix, Range, WorkspaceFacts } from '../types';
import { appendLineChange, changes, dirName, envExampleChange, envExamplePath, gitignoreChange, gitignoreEntryFor } from '../fixes';

/** A dotenv line's value: bare when it can be, else quoted so dotenv reads it back unchanged. */
export function dotenvValue(value: string): string {
  if (/^[A-Za-z0-9_\-./+=:@~%,^]*$/.test(value)) return value;
  if (!value.includes("'") && !/[\r\n]/.test(value)) return `'${value}'`;
  // Double quotes: dotenv expands \n inside them, which is how multi-line keys (PEM) are kept.
  return `"${value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/"/g, '\\"')}"`;
}

export interface MoveSecretInput {
  facts: WorkspaceFacts;
  /** The analysed file (absolute). */
  filePath: string;
  /** What to replace in the analysed file (the literal) and with what (`process.env.NAME`). */
  range: Range;
  replacementText: string;
  envName: string;
  /** The secret value, for `.env` only. */
  value: string;
  /** The masked value, for titles. */
  masked: string;
}

/**
 * Two fixes: (1, preferred) read the secret from `process.env.NAME` and document `NAME=` in
 * `.env.example`; (2) the same, and keep the value in `.env` so the app still runs locally —
 * adding `.env` to `.gitignore` in the same fix when git does not ignore it yet.
 */
export function moveSecretFixes(input: MoveSecretInput): Fix[] {
  const { facts, filePath, range, replacementText, envName, value, masked } = input;
  const edit = { path: filePath, edits: [{ range, newText: replacementText }] };
  const example = envExampleChange(facts, filePath, envName);
  const envPath = `${dirName(envExamplePath(facts, filePath))}/.env`;
  const ignored = facts.isGitIgnored(envPath);
  const ignoreChange = ignored ? undefined : gitignoreChange(facts, gitignoreEntryFor(facts, envPath));
  const envLine = appendLineChange(facts, envPath, `${envName}=${dotenvValue(value)}`, (line) => line.startsWith(`${envName}=`) || line.startsWith(`export ${envName}=`));
  // The only change that carries the value: marked so that it is never sent to an editor or logged.
  const envChange = envLine && { ...envLine, sensitive: true as const };
  return [
    {
      title: `Read ${envName} from the environment instead of the hardcoded value (${masked}); add ${envName}= to .env.example`,
      isPreferred: true,
      safe: false,
      changes: changes(edit, example),
    },
    {
      title: ignored
        ? `Read ${envName} from the environment and keep the value (${masked}) in the git-ignored .env`
        : `Read ${envName} from the environment, add .env to .gitignore and keep the value (${masked}) there`,
      isPreferred: false,
      safe: false,
      // .gitignore first: the value must never land in a file git would track.
      changes: changes(ignoreChange, edit, example, envChange),
    },
  ];
}
