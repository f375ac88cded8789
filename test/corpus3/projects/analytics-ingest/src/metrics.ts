import client from 'prom-client';

export const register = new client.Registry();
client.collectDefaultMetrics({ register });

export const eventsIngested = new client.Counter({ name: 'events_ingested_total', help: 'Events accepted', registers: [register] });
export const ingestLatency = new client.Histogram({
  name: 'ingest_latency_seconds',
  help: 'Latency of the ingest endpoint',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [register],
});
