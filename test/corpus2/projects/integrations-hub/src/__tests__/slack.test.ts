import { describe, expect, it } from 'vitest';

const clientSecret = 'test-client-secret-4f2a9c';
const botToken = 'xoxb-344027176251-1213329059970-AzjQ05OI43qHdKCRGD4fc2jD';

describe('slack', () => {
  it('uses credentials', () => {
    expect(clientSecret).toHaveLength(25);
    expect(botToken.startsWith('xoxb-')).toBe(true);
  });
});
