import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { characterProfile, lettersLookRandom, longestRepeatRun, looksRandom, sequentialRatio, shannonEntropy } from '../../../server/src/engine/secrets/entropy';
import { FAKE, body } from './fakeTokens';

describe('shannonEntropy', () => {
  it('is 0 for empty and single-character strings', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
  });
  it('is 1 bit for two equally frequent characters, 2 for four', () => {
    assert.equal(shannonEntropy('abab'), 1);
    assert.equal(shannonEntropy('abcd'), 2);
  });
  it('is high for random tokens and low for words', () => {
    assert.ok(shannonEntropy(FAKE.random32) > 4);
    assert.ok(shannonEntropy('password') < 3);
  });
});

describe('characterProfile', () => {
  it('counts character classes', () => {
    const profile = characterProfile('aB3$ é');
    assert.deepEqual([profile.lower, profile.upper, profile.digits, profile.symbols, profile.whitespace, profile.nonAscii, profile.classes], [1, 1, 1, 1, 1, 1, 4]);
  });
});

describe('sequentialRatio', () => {
  it('is 1 for typed-by-hand runs', () => {
    assert.equal(sequentialRatio('abc123xyz'), 1);
    assert.ok(sequentialRatio('1234567890') >= 0.9);
    assert.equal(sequentialRatio('aaaaaa'), 1);
  });
  it('is near 0 for random strings', () => assert.ok(sequentialRatio(FAKE.random32) < 0.2));
  it('is 0 for short strings', () => assert.equal(sequentialRatio('ab'), 0));
});

describe('longestRepeatRun', () => {
  it('measures the longest run of one character', () => {
    assert.equal(longestRepeatRun('abbbbc'), 4);
    assert.equal(longestRepeatRun(''), 0);
  });
});

describe('lettersLookRandom / looksRandom', () => {
  it('tells random letters from words', () => {
    assert.equal(lettersLookRandom('kdjfhgqpwrtzxm'), true);
    assert.equal(lettersLookRandom('configuration'), false);
    assert.equal(lettersLookRandom('short'), false);
  });
  it('accepts generated credentials and rejects words, sentences and sequences', () => {
    assert.equal(looksRandom(FAKE.random32), true);
    assert.equal(looksRandom(FAKE.hex64), true);
    assert.equal(looksRandom(body(24, 'abcdefghijklmnopqrstuvwxyz', 3)), true);
    assert.equal(looksRandom('supercalifragilistic'), false);
    assert.equal(looksRandom('this is a sentence ok'), false);
    assert.equal(looksRandom('abcdefghijklmnopqrstuvwxyz'), false);
    assert.equal(looksRandom('short1A'), false);
  });
});
