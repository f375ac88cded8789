const {
  SESSION_SECRET = 'dev-session-secret-93jsKq01',
  API_TOKEN = '',
  MONGO_URL,
  NODE_ENV = 'development',
} = process.env;

type Settings = { bucket: string; cdnBase: string; rateLimitPerMinute: number };

function settingsFor(env: string): Settings {
  switch (env) {
    case 'production':
      return { bucket: 'media-gateway-prod', cdnBase: 'https://media.example.com', rateLimitPerMinute: 600 };
    case 'staging':
      return { bucket: 'media-gateway-staging', cdnBase: 'https://media.staging.example.com', rateLimitPerMinute: 120 };
    default:
      return { bucket: 'media-gateway-dev', cdnBase: 'http://localhost:8080/media', rateLimitPerMinute: 10_000 };
  }
}

export const config = {
  sessionSecret: SESSION_SECRET,
  apiToken: API_TOKEN,
  mongoUrl: MONGO_URL,
  nodeEnv: NODE_ENV,
  ...settingsFor(NODE_ENV),
};
