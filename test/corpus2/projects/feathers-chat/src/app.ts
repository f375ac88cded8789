import { feathers } from '@feathersjs/feathers';
import { koa, rest, bodyParser, errorHandler } from '@feathersjs/koa';
import socketio from '@feathersjs/socketio';
import { services } from './services';

export const app = koa(feathers());

app.use(errorHandler());
app.use(bodyParser());
app.configure(rest());
app.configure(socketio({ cors: { origin: ['https://chat.example.com'] } }));

app.set('authentication', {
  secret: 'fE7k2Qm9vX4pL8sN1cR6tY3wZ0bH5jD2',
  entity: 'user',
  service: 'users',
  authStrategies: ['jwt', 'local'],
  jwtOptions: { header: { typ: 'access' }, audience: 'https://chat.example.com', algorithm: 'HS256', expiresIn: '1d' },
  local: { usernameField: 'email', passwordField: 'password' },
});

app.configure(services);
