import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dotenvValue } from '../../../server/src/engine/secrets/fixes';

describe('dotenvValue', () => {
  it('keeps simple values bare', () => assert.equal(dotenvValue('s3cr3t-V4lue_1/+='), 's3cr3t-V4lue_1/+='));
  it('single-quotes values with spaces or #', () => {
    assert.equal(dotenvValue('keyboard cat'), "'keyboard cat'");
    assert.equal(dotenvValue('a#b'), "'a#b'");
  });
  it('double-quotes multi-line values with \\n escapes', () => assert.equal(dotenvValue('line1\nline2'), '"line1\\nline2"'));
  it('double-quotes values holding a single quote', () => assert.equal(dotenvValue("it's"), '"it\'s"'));
});
