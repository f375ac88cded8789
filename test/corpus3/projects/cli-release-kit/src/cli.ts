import { Command } from 'commander';
import chalk from 'chalk';
import { collectCommits, latestTag } from './git';
import { renderChangelog, writeChangelog } from './changelog';
import { publishRelease } from './publish';
import { debug } from './debug';
import { DEFAULT_CONFIG_TEMPLATE } from './templates';
import fs from 'node:fs';

export async function main(argv: string[]) {
  const program = new Command('release-kit');
  program.option('--dry-run', 'print instead of writing', false).option('--token <token>', 'GitHub token (defaults to $GITHUB_TOKEN)');

  program
    .command('init')
    .description('write a default .release-kit.yml')
    .action(() => {
      fs.writeFileSync('.release-kit.yml', DEFAULT_CONFIG_TEMPLATE);
      console.log(chalk.green('wrote .release-kit.yml'));
    });

  program
    .command('changelog')
    .action(async () => {
      const from = latestTag();
      const commits = collectCommits(from);
      debug(`collected ${commits.length} commits since ${from}`);
      const md = renderChangelog(commits);
      if (program.opts().dryRun) console.log(md);
      else writeChangelog(process.cwd(), md);
    });

  program
    .command('release')
    .action(async () => {
      const opts = program.opts();
      await publishRelease({ token: opts.token ?? process.env.GITHUB_TOKEN, dryRun: opts.dryRun });
      const { default: terminalLink } = await import('terminal-link');
      console.log(terminalLink('release notes', 'https://github.com/acme/release-kit/releases'));
    });

  await program.parseAsync(argv);
}
