import express from 'express';
import * as Sentry from '@sentry/node';
import { router as slackRouter } from './integrations/slack.js';
import { notifyBySms } from './integrations/twilio.js';

Sentry.init({
  dsn: 'https://4f9c2b7e1a8d4c3f9e6b5a2d1c0e7f8a@o450123.ingest.sentry.io/5512345',
  tracesSampleRate: 0.1,
});

const app = express();
app.use(express.json());
app.use('/slack', slackRouter);
app.post('/sms', async (req, res) => {
  await notifyBySms(req.body.to, req.body.text);
  res.status(202).end();
});

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port);

process.on('SIGTERM', () => server.close(() => process.exit(0)));
