import { Octokit } from '@octokit/rest';

const octokit = new Octokit({
  userAgent: 'auth-gateway',
  request: {
    headers: { authorization: 'token ghp_lx8ssT11AnIJ6IOns5Wt6Dm9Oj6SLVDgGjuZ' },
  },
});

export async function fetchOrgMembership(login: string): Promise<string[]> {
  const res = await octokit.orgs.listForUser({ username: login, per_page: 100 });
  return res.data.map((o) => o.login);
}
