import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';

test('echoes through a local server', async () => {
  const server = http.createServer();
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket) => socket.on('message', (m) => socket.send(m)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const ws = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise((resolve) => ws.on('open', resolve));
  ws.send('ping');
  const [msg] = await new Promise((resolve) => ws.once('message', (...a) => resolve(a)));
  assert.equal(msg.toString(), 'ping');
  ws.close();
  server.close();
});
