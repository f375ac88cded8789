#!/usr/bin/env node
import { program } from 'commander';
import { release } from '../src/commands/release.js';
import { preview } from '../src/commands/preview.js';
import { stopAgent } from '../src/commands/agent.js';

program.name('shipit').version('2.3.1');
program.command('release').option('--dry-run').action(release);
program.command('preview').action(preview);
program.command('agent:stop').action(stopAgent);
program.parseAsync(process.argv);
