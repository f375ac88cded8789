import { defineConfig } from 'cypress';

export default defineConfig({
  e2e: {
    baseUrl: 'http://localhost:5174',
    viewportWidth: 1440,
    viewportHeight: 900,
    env: { adminEmail: 'cypress-admin@example.com' },
  },
});
