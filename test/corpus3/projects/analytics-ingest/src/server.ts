import Hapi from '@hapi/hapi';
import { logger } from './logger';
import { producer, connectProducer } from './kafka';
import { settings } from './config';
import { eventsIngested, ingestLatency, register } from './metrics';
import { enrichGeo, loadGeoDb } from './enrich/geo';
import { parseUserAgent } from './enrich/ua';

async function start() {
  await loadGeoDb();
  await connectProducer();

  const server = new Hapi.Server({ port: 3000, host: '0.0.0.0', routes: { cors: true, payload: { maxBytes: 1048576 } } });

  server.route({
    method: 'POST',
    path: '/v1/events',
    handler: async (request, h) => {
      const end = ingestLatency.startTimer();
      const events = (request.payload as { events: Array<Record<string, unknown>> }).events ?? [];
      const ip = request.info.remoteAddress;
      const ua = parseUserAgent(String(request.headers['user-agent'] ?? ''));
      const enriched = events.slice(0, settings.batchSize).map((e) => ({ ...e, geo: enrichGeo(ip), ua, receivedAt: Date.now() }));
      await producer.send({ topic: settings.topic, messages: enriched.map((e) => ({ value: JSON.stringify(e) })) });
      eventsIngested.inc(enriched.length);
      end();
      return h.response({ accepted: enriched.length }).code(202);
    },
  });

  server.route({ method: 'GET', path: '/metrics', handler: async (_req, h) => h.response(await register.metrics()).type(register.contentType) });
  server.route({ method: 'GET', path: '/healthz', handler: () => ({ ok: true }) });

  await server.start();
  logger.info({ uri: server.info.uri }, 'analytics ingest started');
}

start().catch((err) => {
  logger.fatal({ err }, 'startup failed');
  process.exit(1);
});
