// Blind third corpus ("realistic repositories"): runs the CLI over test/corpus3/projects and scores
// it against labels.json with the matcher of test/corpus/evaluate.ts. Labels (and LABELLING.md) were
// final before the engine, its unit tests or the other corpora were read, and before any run.
//
//   TWELVE_FACTOR_BIN=/tmp/tfcli4/bin/twelve-factor.js npx tsx test/corpus3/evaluate3.ts [--json]
import { join } from 'node:path';
import { evaluateCorpus, printEvaluation, type Evaluation } from '../corpus/evaluate';

export function evaluateCorpus3(): Evaluation {
  return evaluateCorpus(join(__dirname, 'projects'), join(__dirname, 'labels.json'));
}

if (require.main === module) printEvaluation(evaluateCorpus3(), process.argv.slice(2), true);
