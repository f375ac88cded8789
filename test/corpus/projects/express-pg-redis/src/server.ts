import express from 'express';
import helmet from 'helmet';
import orders from './routes/orders';
import { config } from './config';
import { logger } from './lib/logger';

const app = express();
app.use(helmet());
app.use(express.json());
app.use('/orders', orders);

app.get('/healthz', (_req, res) => res.send('ok'));

app.listen(config.port, () => {
  logger.info(`orders-api listening on ${config.port}`);
});
