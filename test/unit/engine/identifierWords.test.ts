import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identifierWords } from '../../../server/src/engine/analysis/names';

/** The regular-expression definition identifierWords replaced; the one-pass version must agree with it everywhere. */
function identifierWordsByRegex(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

test('identifierWords splits camel, Pascal, snake, kebab and capital runs', () => {
  assert.deepEqual(identifierWords('stripeApiKey'), ['stripe', 'api', 'key']);
  assert.deepEqual(identifierWords('STRIPE_API_KEY'), ['stripe', 'api', 'key']);
  assert.deepEqual(identifierWords('x-api-key'), ['x', 'api', 'key']);
  assert.deepEqual(identifierWords('HTTPServer'), ['http', 'server']);
  assert.deepEqual(identifierWords('v2Token'), ['v2', 'token']);
  assert.deepEqual(identifierWords('aBCd'), ['a', 'b', 'cd']);
  assert.deepEqual(identifierWords('__'), []);
  assert.deepEqual(identifierWords('clé_secrète'), ['cl', 'secr', 'te']);
});

test('identifierWords agrees with its regular-expression definition on 20,000 random names', () => {
  // Seeded, so a failure names a reproducible input.
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const alphabet = 'aAbBzZ09_-. $éÉ\u2028';
  for (let n = 0; n < 20_000; n++) {
    let name = '';
    const length = Math.floor(random() * 12);
    for (let i = 0; i < length; i++) name += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(identifierWords(name), identifierWordsByRegex(name), JSON.stringify(name));
  }
});
