import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import path from 'node:path';
import { port, upstream, isProd } from './config.js';
import { sessionMiddleware } from './session.js';
import { avatarRouter } from './avatars.js';
import { themeRouter } from './theme.js';

const app = express();
if (isProd) app.set('trust proxy', 1);
app.use(sessionMiddleware);
app.use('/api', createProxyMiddleware({ target: upstream, changeOrigin: true }));
app.use('/upload/avatar', avatarRouter);
app.use('/admin/theme', express.json(), themeRouter);
app.use(express.static(path.resolve('dist')));
app.get('*', (_req, res) => res.sendFile(path.resolve('dist/index.html')));

app.use((err, _req, res, _next) => {
  res.status(500).json({ error: isProd ? 'Internal error' : err.stack });
});

app.listen(port, 'localhost', () => console.log(`admin dashboard on http://localhost:${port}`));
