// Corpus 3 (blind, realistic repositories): the secrets rules against secretlint and ESLint +
// eslint-plugin-no-secrets, with the scanners, configs and scoring of
// test/corpus/compareSecretScanners.ts.
//
//   TWELVE_FACTOR_BIN=/tmp/tfcli4/bin/twelve-factor.js npx tsx test/corpus3/compareSecretScanners3.ts [--details]
import { compareSecretScanners, printScores } from '../corpus/compareSecretScanners';

export const compareSecretScanners3 = () => compareSecretScanners(__dirname);

if (require.main === module) printScores(compareSecretScanners3(), process.argv.slice(2));
