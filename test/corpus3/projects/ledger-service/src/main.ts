import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { env } from './env';
import { loadRates, startRateRefresh } from './services/fx';

async function main() {
  await loadRates();
  const app = await buildApp();
  const stopRefresh = startRateRefresh(env.FX_REFRESH_MS);

  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'closing because of error');
    else app.log.info({ signal }, 'closing');
    stopRefresh();
    await app.close();
  });

  await app.listen({ port: env.PORT, host: env.HOST });
}

void main();
