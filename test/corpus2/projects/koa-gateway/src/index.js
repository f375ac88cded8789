require('dotenv').config();
const fs = require('fs');
const path = require('path');
const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const bodyParser = require('koa-bodyparser');
const log4js = require('log4js');
const { publish } = require('./queue');
const config = require('./config');

log4js.configure({
  appenders: {
    out: { type: 'stdout' },
    audit: { type: 'dateFile', filename: 'logs/audit.log', pattern: '.yyyy-MM-dd', compress: true },
  },
  categories: { default: { appenders: ['out', 'audit'], level: 'info' } },
});
const log = log4js.getLogger('gateway');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2];
const router = new Router();
let requestCount = 0;
const tenants = { acme: { plan: 'pro' } };

app.use(session({ key: 'gw.sess', maxAge: 86400000, httpOnly: true }, app));
app.use(bodyParser());

router.get('/health', (ctx) => {
  ctx.body = { ok: true, requests: requestCount, apiBase: config.apiBase };
});

router.post('/tenants/:id', async (ctx) => {
  requestCount += 1;
  tenants[ctx.params.id] = ctx.request.body;
  await publish('tenant.updated', { id: ctx.params.id });
  ctx.status = 204;
});

router.post('/tenants/:id/export', async (ctx) => {
  const out = fs.createWriteStream(path.join(__dirname, '..', 'exports', `${ctx.params.id}.json`));
  out.end(JSON.stringify(tenants[ctx.params.id] || {}));
  ctx.status = 202;
});

app.use(router.routes()).use(router.allowedMethods());

fs.writeFileSync(process.env.PID_FILE || '/tmp/edge-gateway.pid', process.pid.toString());

const PORT = process.env.PORT || 4000;
const server = app.listen(PORT, () => log.info(`gateway listening on ${PORT}`));

process.on('uncaughtException', (err) => {
  log.fatal(err);
  process.exit(1);
});

process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
