import { describe, it, expect } from 'vitest';
import { renderChangelog } from '../src/changelog';

const commits = [
  { sha: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3', type: 'feat', subject: 'add --dry-run', breaking: false },
  { sha: '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12', type: 'fix', scope: 'git', subject: 'handle empty repos', breaking: false },
  { sha: 'de9f2c7fd25e1b3afad3e85a0bd17d9b100db4b3', type: 'feat', subject: 'drop node 16', breaking: true },
];

describe('renderChangelog', () => {
  it('groups by type', () => {
    const md = renderChangelog(commits, '5.1.0');
    expect(md).toContain('### Features');
    expect(md).toContain('### Bug Fixes');
    expect(md).toContain('BREAKING');
  });
});
