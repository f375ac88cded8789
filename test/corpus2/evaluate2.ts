// Blind second corpus: runs the CLI over test/corpus2/projects and scores it against labels.json,
// reusing the matcher of test/corpus/evaluate.ts (labels were written before any result was seen).
//
//   npx tsx test/corpus2/build-labels.ts     # labels.src.txt -> labels.json
//   TWELVE_FACTOR_BIN=/tmp/tfcli2/bin/twelve-factor.js npx tsx test/corpus2/evaluate2.ts [--json]
import { join } from 'node:path';
import { evaluateCorpus, printEvaluation, type Evaluation } from '../corpus/evaluate';

export function evaluateCorpus2(): Evaluation {
  return evaluateCorpus(join(__dirname, 'projects'), join(__dirname, 'labels.json'));
}

if (require.main === module) printEvaluation(evaluateCorpus2(), process.argv.slice(2), true);
