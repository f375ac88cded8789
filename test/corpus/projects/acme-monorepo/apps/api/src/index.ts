import express from 'express';
import { invoices } from './routes/invoices';
import { db } from './lib/db';

const app = express();
app.use(express.json());
app.use('/invoices', invoices);

const port = Number(process.env.PORT ?? 4000);
const server = app.listen(port, () => console.log(`api on :${port}`));

process.on('SIGTERM', () => {
  server.close(() => {
    db.end().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 15_000).unref();
});
