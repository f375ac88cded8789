import { ruleTester } from '../../../helpers/ruleTester';
import { committedEnvFile } from '../../../../server/src/engine/rules/config/committed-env-file';

ruleTester(committedEnvFile, {
  valid: [
    // The default workspace ignores .env.
    { code: 'DATABASE_URL=postgres://localhost/app\n', filename: '.env' },
    { code: 'DATABASE_URL=\nREDIS_URL=\n', filename: '.env.example' },
    { code: 'DATABASE_URL=\n', filename: '.env.sample' },
    { code: 'DATABASE_URL=\n', filename: 'apps/api/.env.template' },
    { code: 'API_KEY=abc\n', filename: '.env.local', files: { '.gitignore': 'node_modules/\n.env*\n!.env.example\n' } },
    { code: 'API_KEY=abc\n', filename: '.env.production', files: { '.gitignore': '.env.*\n' } },
    { code: 'API_KEY=abc\n', filename: 'apps/web/.env.local', files: { 'apps/web/.gitignore': '.env.local\n' } },
    { code: 'DOTENV_VAULT_DEVELOPMENT="encrypted"\n', filename: '.env.vault' },
    { code: 'API_KEY=abc\n', filename: 'node_modules/some-pkg/.env' },
    { code: '# twelve-factor-disable config/committed-env-file\nLOCAL_DEFAULTS=1\n', filename: '.env.development' },
  ],
  invalid: [
    {
      code: 'DATABASE_URL=postgres://localhost/app\nSECRET=x\n',
      filename: '.env.local',
      errors: [{ range: [0, 0, 0, 37], message: /\.env\.local is not ignored by git.*git rm --cached \.env\.local/ }],
      outputFiles: { '.gitignore': 'node_modules/\n.env\n.env.local\n' },
    },
    {
      name: 'a .env with no .gitignore at all',
      code: 'STRIPE_KEY=sk_test_123\n',
      filename: '.env',
      files: { '.gitignore': null },
      errors: [{ range: [0, 0, 0, 22] }],
      outputFiles: { '.gitignore': '.env\n' },
    },
    {
      code: '# production settings\nAPI_URL=https://api.example.com\n',
      filename: '.env.production',
      errors: [{ range: [0, 0, 0, 21], text: '# production settings' }],
      outputFiles: { '.gitignore': 'node_modules/\n.env\n.env.production\n' },
    },
    {
      name: 'a nested package: the entry is rooted at the git root',
      code: 'A=1\n',
      filename: 'apps/api/.env',
      files: { '.gitignore': 'node_modules/\n' },
      errors: [{ range: [0, 0, 0, 3], message: /git rm --cached apps\/api\/\.env/ }],
      outputFiles: { '.gitignore': 'node_modules/\n/apps/api/.env\n' },
    },
    {
      name: 'an empty env file is still committed and will be filled',
      code: '',
      filename: '.env.development.local',
      errors: [{ range: [0, 0, 0, 0] }],
      outputFiles: { '.gitignore': 'node_modules/\n.env\n.env.development.local\n' },
    },
    {
      name: 'appends after a .gitignore without a final newline',
      code: 'A=1\r\nB=2\r\n',
      filename: '.env.staging',
      files: { '.gitignore': 'dist' },
      errors: [{ range: [0, 0, 0, 3] }],
      outputFiles: { '.gitignore': 'dist\n.env.staging\n' },
    },
    {
      code: 'NODE_ENV=test\n',
      filename: '.env.test',
      errors: [{ range: [0, 0, 0, 13] }],
    },
    {
      name: 'negated back in: not ignored',
      code: 'A=1\n',
      filename: '.env.development',
      files: { '.gitignore': '.env*\n!.env.development\n' },
      errors: [{ range: [0, 0, 0, 3] }],
    },
  ],
});
