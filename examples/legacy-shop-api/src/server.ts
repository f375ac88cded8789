import express from 'express';
import session from 'express-session';
import fs from 'fs';
import { spawn } from 'child_process';
import { config } from './config';
import { sequelize } from './db';
import { logger } from './logger';
import productRoutes from './routes/products';
import cartRoutes from './routes/cart';
import checkoutRoutes from './routes/checkout';
import { startPriceSync } from './jobs/priceSync';

// `node dist/src/server.js --daemon` keeps the shop running after the SSH session is closed.
if (process.argv.includes('--daemon')) {
  const args = process.argv.slice(2).filter((arg) => arg !== '--daemon');
  const child = spawn(process.execPath, [__filename, ...args], { detached: true, stdio: 'ignore' });
  child.unref();
  process.exit(0);
}

const app = express();
app.use(express.json());
app.use(
  session({
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: true,
    cookie: { maxAge: 1000 * 60 * 60 * 24 },
  }),
);

app.use('/products', productRoutes);
app.use('/cart', cartRoutes);
app.use('/checkout', checkoutRoutes);

// Never let one bad request take the shop down.
process.on('uncaughtException', (err) => {
  logger.error('uncaught exception', { message: err.message, stack: err.stack });
});

sequelize.sync({ alter: true }).then(() => {
  fs.writeFileSync('shop-api.pid', String(process.pid));
  app.listen(3000, 'localhost', () => {
    logger.info('shop api listening on http://localhost:3000');
  });
  startPriceSync();
});
