import express from 'express';
import { Vehicle } from '@fleet/shared';

const app = express();
const positions: Record<string, Vehicle['position']> = {};

app.get('/vehicles/:id/position', (req, res) => {
  const position = positions[req.params.id];
  if (!position) return res.status(404).end();
  return res.json(position);
});

const server = app.listen(Number(process.env.PORT) || 3334, 'localhost', () => {
  console.log(`tracker listening on http://localhost:${process.env.PORT ?? 3334}`);
});

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
