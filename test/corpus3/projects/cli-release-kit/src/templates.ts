export const DEFAULT_CONFIG_TEMPLATE = `# release-kit configuration
github:
  owner: your-org
  repo: your-repo
  token: <your-github-token>
changelog:
  file: CHANGELOG.md
  sections: [feat, fix, perf]
`;

export const EXAMPLE_ENV = {
  GITHUB_TOKEN: 'your_github_token_here',
  NPM_TOKEN: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
