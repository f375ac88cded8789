import { log } from './log.js';
import { store, pubsub, subscriber } from './redis.js';

export function registerLifecycle(servers, wss) {
  let closing = false;

  function shutdown(code) {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(code || 1), 8000);
    force.unref();
    for (const client of wss.clients) client.close(1001, 'server shutting down');
    Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
      .then(() => Promise.allSettled([store.quit(), pubsub.quit(), subscriber.quit()]))
      .finally(() => process.exit(code));
  }

  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGINT', () => shutdown(0));
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    shutdown(1);
  });
  process.on('unhandledRejection', (reason) => {
    log.fatal({ reason }, 'unhandled rejection');
    throw reason;
  });
}
