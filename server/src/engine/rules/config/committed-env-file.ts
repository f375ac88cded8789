import type { FileContext, Fix, Rule } from '../../types';
import { baseName, isEnvTemplateName } from '../../fileKinds';
import { gitignoreChange, gitignoreEntryFor } from '../../fixes';
import { LineIndex } from '../../lineIndex';

/**
 * `.env.vault` (dotenv-vault) is encrypted and made to be committed; `.env.keys` is its
 * counterpart that must not be, so only the vault is exempt.
 */
const COMMITTABLE_ENV_FILES = new Set(['.env.vault']);
/** `.env.d.ts`, `.env.ts`, `.env.js`… are code that describes or loads the environment, not an env file. */
const CODE_OR_DOC_ENDING = /\.(d\.ts|[cm]?[jt]sx?|json|md|ya?ml|sh)$/;

function isCommittedEnvFileCandidate(name: string): boolean {
  return !isEnvTemplateName(name) && !COMMITTABLE_ENV_FILES.has(name) && !CODE_OR_DOC_ENDING.test(name);
}

function ignoreFix(ctx: FileContext, entry: string): Fix[] {
  const change = gitignoreChange(ctx.facts, entry);
  if (!change) return [];
  return [
    {
      title: `Add ${entry} to .gitignore`,
      isPreferred: true,
      // Not applied blindly: some teams commit `.env.development` on purpose (non-secret
      // defaults), and ignoring a file that is already tracked does not untrack it.
      safe: false,
      changes: [change],
    },
  ];
}

export const committedEnvFile: Rule = {
  meta: {
    id: 'config/committed-env-file',
    factor: 3,
    title: 'Keep .env files out of git',
    description:
      'A .env file that git does not ignore gets committed, and with it the deploy-specific values (often secrets) that belong in the environment, not in the codebase. Commit a .env.example with the names instead.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  file(ctx) {
    if (ctx.file.kind !== 'envFile') return;
    const name = baseName(ctx.file.path);
    if (!isCommittedEnvFileCandidate(name)) return;
    if (ctx.facts.isGitIgnored(ctx.file.path)) return;
    const lines = new LineIndex(ctx.text);
    const firstLineEnd = ctx.text.search(/\r?\n/);
    const range = lines.rangeOf(0, firstLineEnd === -1 ? ctx.text.length : firstLineEnd);
    const entry = gitignoreEntryFor(ctx.facts, ctx.file.path);
    ctx.report({
      range,
      message: `${name} is not ignored by git, so its values (often secrets) get committed with the code. Add it to .gitignore, and if it is already tracked run \`git rm --cached ${entry.replace(/^\//, '')}\` and rotate any secret it held; commit a .env.example with the variable names instead.`,
      fixes: ignoreFix(ctx, entry),
    });
  },
};
