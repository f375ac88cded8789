import { describe, it, expect } from 'vitest';
import jwt from 'jsonwebtoken';

const SIGNING_KEY = 'unit-test-signing-key';
const EXPIRED_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyXzg4MTIiLCJlbWFpbCI6InFhQGV4YW1wbGUuY29tIiwicm9sZXMiOlsiYWRtaW4iXSwiaWF0IjoxNzExMDAwMDAwLCJleHAiOjE5MTEwMDAwMDB9.Gu27PpX60pab9PR_yjYNDVpQYJsHUWQPYU9ec892KX5';

describe('jwt', () => {
  it('round-trips claims', () => {
    const token = jwt.sign({ sub: 'user_1' }, SIGNING_KEY);
    expect((jwt.verify(token, SIGNING_KEY) as { sub: string }).sub).toBe('user_1');
  });

  it('rejects a token signed with another key', () => {
    expect(() => jwt.verify(EXPIRED_TOKEN, SIGNING_KEY)).toThrow();
  });
});
