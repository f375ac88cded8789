interface IngestSettings {
  batchSize: number;
  flushMs: number;
  topic: string;
  sampleRate: number;
}

function resolveSettings(): IngestSettings {
  switch (process.env.APP_ENV) {
    case 'production':
      return { batchSize: 5000, flushMs: 1000, topic: 'events.v2', sampleRate: 1 };
    case 'staging':
      return { batchSize: 500, flushMs: 2000, topic: 'events.v2.staging', sampleRate: 0.5 };
    default:
      return { batchSize: 50, flushMs: 5000, topic: 'events.dev', sampleRate: 1 };
  }
}

export const settings = resolveSettings();
