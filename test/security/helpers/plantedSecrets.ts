// A workspace with secrets planted in every kind of file the tool reads, and a leak check
// that catches partial echoes too (an output showing all but the last two characters of a
// key leaks it as surely as the whole key).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FAKE } from '../../unit/secrets/fakeTokens';

/** name → the full secret value planted under that name. */
export const PLANTED: Record<string, string> = {
  stripeLive: FAKE.stripeLive,
  githubToken: FAKE.githubToken,
  awsAccessKeyId: FAKE.awsAccessKeyId,
  openaiProject: FAKE.openaiProject,
  slackBotToken: FAKE.slackBotToken,
  sendgrid: FAKE.sendgrid,
  npmToken: FAKE.npmToken,
  pemPrivateKey: FAKE.pemPrivateKey,
  jwt: FAKE.jwt,
  // Secret-named literals without a provider format, and a password inside a URL.
  adminPassword: 'Vq9!rT2#mZ7xLp4@wE',
  sessionFallback: 'fallback-9fQ2xV7pLm3ZrT8k',
  databasePassword: 'pgPassw0rd-7Hq2Xz9K',
  composePassword: 'h7Gk2LmQ9vXz3Rt8',
  k8sPassword: 'kube-8Zr4Tq1Wm6Xc2Vb',
  dotenvKey: 'dotenv-4Rt8Qm2Xz7Lp9V',
};

export function plantedWorkspace(root: string, options: { envIgnored: boolean }): void {
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'planted', version: '1.0.0', dependencies: { express: '^4.19.2', pg: '^8.11.0' }, config: { npmToken: PLANTED.npmToken } }, null, 2)}\n`,
    'package-lock.json': '{}\n',
    '.gitignore': options.envIgnored ? 'node_modules/\n.env\n' : 'node_modules/\n',
    'src/config.ts': [
      `export const stripeKey = '${PLANTED.stripeLive}';`,
      `const githubToken = '${PLANTED.githubToken}';`,
      `export const aws = { accessKeyId: '${PLANTED.awsAccessKeyId}' };`,
      `export const openai = \`${PLANTED.openaiProject}\`;`,
      `export const slack = { token: '${PLANTED.slackBotToken}' };`,
      `export const adminPassword = '${PLANTED.adminPassword}';`,
      `export const sessionSecret = process.env.SESSION_SECRET || '${PLANTED.sessionFallback}';`,
      `export const databaseUrl = 'postgres://shop:${PLANTED.databasePassword}@db.internal:5432/shop';`,
      `export const signingKey = ${JSON.stringify(PLANTED.pemPrivateKey)};`,
      `export const serviceJwt = '${PLANTED.jwt}';`,
      'export const useGithub = githubToken.length > 0;',
      '',
    ].join('\n'),
    'docker-compose.yml': ['services:', '  db:', '    image: postgres:16', '    environment:', `      POSTGRES_PASSWORD: ${PLANTED.composePassword}`, `      SENDGRID_API_KEY: ${PLANTED.sendgrid}`, ''].join('\n'),
    'k8s/secret.yaml': ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'stringData:', `  password: ${PLANTED.k8sPassword}`, ''].join('\n'),
    '.env': `DOTENV_KEY=${PLANTED.dotenvKey}\n`,
  };
  for (const [relative, text] of Object.entries(files)) {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/**
 * Where `output` shows more than half of a planted secret (or the whole of it). Returns
 * "name: …context…" with the context masked, so a failing test does not print the secret either.
 */
export function leaksIn(output: string, secrets: Record<string, string> = PLANTED): string[] {
  const leaks: string[] = [];
  for (const [name, value] of Object.entries(secrets)) {
    // JSON-escaped forms too: a PEM key travels with \n escapes inside JSON-RPC and SARIF.
    for (const form of new Set([value, JSON.stringify(value).slice(1, -1)])) {
      const window = Math.ceil(form.length / 2) + 1;
      for (let start = 0; start + window <= form.length; start++) {
        const at = output.indexOf(form.slice(start, start + window));
        if (at !== -1) {
          leaks.push(`${name}: ${window} of its ${form.length} characters appear at offset ${at} (…${output.slice(Math.max(0, at - 40), at).replace(/\s+/g, ' ')}[secret]…)`);
          break;
        }
      }
    }
  }
  return [...new Set(leaks)];
}
