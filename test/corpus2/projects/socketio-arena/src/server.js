import express from 'express';
import http from 'http';
import os from 'os';
import fs from 'fs';
import path from 'path';
import { writeFile } from 'fs/promises';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import cookieSession from 'cookie-session';
import daemon from 'daemon';
import jwt from 'jsonwebtoken';
import stoppable from 'stoppable';
import winston from 'winston';
import 'winston-daily-rotate-file';
import { S3Storage, DiskStorage } from './storage';

if (process.argv.includes('--daemon')) {
  daemon();
}

const logger = winston.createLogger({
  level: 'info',
  transports: [
    new winston.transports.Console(),
    new winston.transports.DailyRotateFile({ filename: 'arena-%DATE%.log', dirname: 'logs', maxFiles: '14d' }),
  ],
});

const replayStore = process.env.NODE_ENV === 'production'
  ? new S3Storage({ bucket: process.env.REPLAY_BUCKET })
  : new DiskStorage(path.join(__dirname, '..', 'replays'));

function signToken(payload, secret = process.env.ARENA_TOKEN_SECRET || 'ar3na-t0k3n-f4llb4ck-91') {
  return jwt.sign(payload, secret, { expiresIn: '2h' });
}

const app = express();
app.use(express.json({ limit: '5mb' }));
app.use(cookieSession({ name: 'arena', keys: [process.env.COOKIE_KEY], maxAge: 86400000 }));

const server = stoppable(http.createServer(app), 5000);
const io = new Server(server, { cors: { origin: 'https://arena.example.com' } });
const pubClient = createClient({ url: 'redis://:Ar3naRedisPw@10.0.8.5:6379' });
const subClient = pubClient.duplicate();

const players = new Map();
let matchesPlayed = 0;

app.get('/stats', (req, res) => res.json({ players: players.size, matchesPlayed }));

app.post('/matches', (req, res) => {
  matchesPlayed++;
  res.status(201).json({ token: signToken({ match: matchesPlayed }) });
});

app.post('/replays/:id', (req, res) => {
  fs.writeFileSync(path.join(__dirname, '..', 'replays', `${req.params.id}.json`), JSON.stringify(req.body));
  replayStore.put(req.params.id, req.body);
  res.status(201).end();
});

io.on('connection', (socket) => {
  players.set(socket.id, { joinedAt: Date.now() });
  socket.on('disconnect', () => players.delete(socket.id));
});

process.on('unhandledRejection', (err) => {
  throw err;
});

Promise.all([pubClient.connect(), subClient.connect()]).then(async () => {
  io.adapter(createAdapter(pubClient, subClient));
  await writeFile(path.join(os.tmpdir(), 'arena.pid'), String(process.pid));
  server.listen(3001, '0.0.0.0', () => logger.info('arena up on 0.0.0.0:3001'));
});
