// The rule tables in README.md and docs/rules/README.md are generated from rule metadata;
// this fails when someone changes a rule's title, severity or fixability without `npm run docs`.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_FILES } from '../../scripts/generate-docs';

for (const file of GENERATED_FILES) {
  it(`${file.path.split('/').slice(-2).join('/')} carries the current rule table (run npm run docs)`, () => {
    const current = readFileSync(file.path, 'utf8');
    assert.equal(current, file.render(current));
  });
}
