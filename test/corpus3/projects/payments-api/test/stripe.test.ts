import { describe, it, expect } from 'vitest';

const restrictedKey = 'rk_live_51dEFWpT4TUDHYIUaQoV15wJ5ydLe9A3fOA3dxV9lZErZZRjoW0vucvbAekdFKGR';
const stripeSecretKey = 'sk_test_51Uhw8hhy4C2exJDQ8TtJzay3xVYcUdS6piEgphR45BYbPKfR9UtVYJtKUBdG736';

describe('keys', () => {
  it('distinguishes restricted from secret keys', () => {
    expect(restrictedKey.startsWith('rk_')).toBe(true);
    expect(stripeSecretKey.startsWith('sk_test_')).toBe(true);
  });

  it('verifies webhook signatures', () => {
    const webhookSecret = 'whsec_test_secret';
    expect(webhookSecret).toMatch(/^whsec_/);
  });
});
