const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const db = require('./lib/db');
const logger = require('./lib/logger');
const bookings = require('./routes/bookings');

if (process.argv.includes('--background')) {
  require('daemon')();
}

const app = new Koa();
app.keys = (process.env.SESSION_KEYS || '').split(',');

app.use(bodyParser());
app.use(session({ key: 'bookings.sess', maxAge: 86400000, httpOnly: true }, app));
app.use(bookings.routes()).use(bookings.allowedMethods());

const port = process.env.PORT || 8080;

db.migrate
  .latest()
  .then(function () {
    app.listen(port, '127.0.0.1', function () {
      logger.info('bookings api on ' + port);
    });
  })
  .catch(function (err) {
    logger.error(err);
    process.exit(1);
  });
