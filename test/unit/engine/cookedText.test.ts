// cookedText lets prefilters look for names and string values as the syntax tree has them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookedText } from '../../../server/src/engine/analysis/cookedText';

describe('cookedText', () => {
  it('returns text without a backslash as is', () => {
    const text = "const url = process.env.NODE_ENV === 'production' ? a : b;";
    assert.equal(cookedText(text), text);
  });

  it('reads unicode, hex and octal escapes, in strings and in names', () => {
    assert.equal(cookedText("'pro\\u0064uction'"), "'production'");
    assert.equal(cookedText("'pro\\u{64}uction'"), "'production'");
    assert.equal(cookedText("process.env.NODE\\u005fENV"), 'process.env.NODE_ENV');
    assert.equal(cookedText("'\\x64ev'"), "'dev'");
    assert.equal(cookedText("'\\144ev'"), "'dev'");
  });

  it('drops line continuations and reads other escapes as their character', () => {
    assert.equal(cookedText("'prod\\\nuction'"), "'production'");
    assert.equal(cookedText("'prod\\\r\nuction'"), "'production'");
    assert.equal(cookedText("'pro\\duction'"), "'production'");
    assert.equal(cookedText("'a\\nb'"), "'a\nb'");
  });

  it('reads an escaped backslash as one, not as the start of an escape', () => {
    assert.equal(cookedText("'C:\\\\u0041'"), "'C:\\u0041'");
  });
});
