import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { envNameForProviderToken, mayContainProviderToken, profilerEntryCount, scanProviderTokens } from '../../../server/src/engine/secrets/providerTokens';
import { FAKE } from './fakeTokens';

describe('scanProviderTokens (secretlint)', () => {
  it('finds provider tokens with offsets into the text', async () => {
    const text = `const a = '${FAKE.githubToken}';\nconst id = '${FAKE.awsAccessKeyId}';\n`;
    const matches = await scanProviderTokens(text, '/ws/src/a.ts');
    const github = matches.find((match) => match.kind === 'GitHub token');
    assert.ok(github, JSON.stringify(matches));
    assert.equal(text.slice(github.start, github.end), FAKE.githubToken);
    assert.equal(envNameForProviderToken(github), 'GITHUB_TOKEN');
    // AWS access key ids are only reported when the preset is asked to (enableIDScanRule).
    const aws = matches.find((match) => match.messageId === 'AWSAccessKeyID');
    assert.ok(aws, JSON.stringify(matches));
    assert.equal(text.slice(aws.start, aws.end), FAKE.awsAccessKeyId);
  });

  it('drops matches whose secret part is obviously fake', async () => {
    const text = `const a = 'ghp_${'x'.repeat(36)}';\nconst b = 'AKIA${'IOSFODNN7EXAMPLE'}';\n`;
    assert.deepEqual(await scanProviderTokens(text, 'a.ts'), []);
  });

  it('leaves URL credentials to our own check (basicauth/db-connection rules are off)', async () => {
    assert.deepEqual(await scanProviderTokens("const u = 'https://admin:S3cr3tPw@api.internal.net/x';\nconst secret = 1;", 'a.ts'), []);
  });

  it('skips texts that cannot hold a token without loading anything', async () => {
    assert.equal(mayContainProviderToken('const x = 1;\nexport default x;\n'), false);
    assert.equal(mayContainProviderToken(`x = '${FAKE.npmToken}'`), true);
    assert.deepEqual(await scanProviderTokens('const x = 1;\n', 'a.ts'), []);
  });

  it('runs secretlint for the AWS secret access key shape, not for every mention of "secret"', async () => {
    assert.equal(mayContainProviderToken("const clientSecret = config.get('oauth');\n"), false);
    const awsSecret = `aws_secret_access_key = '${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY'}${'zQ8mKd3vTq'}'\n`;
    assert.equal(mayContainProviderToken(awsSecret), true);
    assert.equal(mayContainProviderToken('const AWS_SECRETACCESS_KEY = 1'), true);
    const [match] = await scanProviderTokens(awsSecret, 'a.ts');
    assert.equal(match?.kind, 'AWS secret access key');
  });

  it('does not let secretlint’s profiler grow over many scans', async () => {
    const text = `const token = '${FAKE.githubToken}';\nconst secret = '${FAKE.slackBotToken}';\n`;
    await scanProviderTokens(text, 'warm-up.ts');
    const marksBefore = performance.getEntriesByType('mark').length;
    for (let i = 0; i < 300; i++) await scanProviderTokens(text, `file-${i}.ts`);
    // Let the profiler's PerformanceObserver deliver anything still buffered.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scanProviderTokens(text, 'last.ts');
    assert.equal(profilerEntryCount(), 0);
    assert.equal(performance.getEntriesByType('mark').length, marksBefore, 'secretlint must not add performance marks to the global timeline');
  });
});
