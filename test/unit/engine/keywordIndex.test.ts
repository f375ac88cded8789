import { it } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordIndex } from '../../../server/src/engine/keywordIndex';
import { seededRandom } from '../../../bench/generateTree';

it('answers exactly like String.includes, for present, absent and short keywords', () => {
  const random = seededRandom(3);
  const alphabet = 'abcdefghij .(){}$`\'"\n';
  let text = '';
  for (let i = 0; i < 20_000; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  const index = new KeywordIndex(text);
  let present = 0;
  for (let i = 0; i < 3000; i++) {
    const length = 1 + Math.floor(random() * 8);
    const start = Math.floor(random() * (text.length - length));
    // Half taken from the text (present), half random (mostly absent).
    const keyword = i % 2 ? text.slice(start, start + length) : Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const expected = text.includes(keyword);
    if (expected) present++;
    assert.equal(index.includes(keyword), expected, JSON.stringify(keyword));
  }
  assert.ok(present > 1500 && present < 3000, 'both answers were exercised');
  assert.equal(new KeywordIndex('').includes('abc'), false);
  assert.equal(new KeywordIndex('ab').includes('ab'), true);
  assert.equal(new KeywordIndex('app.listen(3000)').includesAny(['nope', 'listen']), true);
});

it('stays exact on short texts, whose table is smaller', () => {
  for (const text of ['', 'a', 'ab', 'abc', 'listen(3000)', 'const port = 3000;\napp.listen(port);\n']) {
    const index = new KeywordIndex(text);
    for (const keyword of ['listen', 'port', 'abc', 'b', '3000', 'SIGTERM', 'app.listen(', ';\n']) {
      assert.equal(index.includes(keyword), text.includes(keyword), `${JSON.stringify(keyword)} in ${JSON.stringify(text)}`);
    }
  }
});
