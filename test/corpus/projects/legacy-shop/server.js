var express = require('express');
var session = require('express-session');
var bodyParser = require('body-parser');
var morgan = require('morgan');
var fs = require('fs');
var path = require('path');
var cp = require('child_process');
var db = require('./lib/db');

var dbPassword = process.env.DB_PASSWORD || 'Sh0pAdm1n!2017';

var accessLogStream = fs.createWriteStream(path.join(__dirname, 'logs', 'access.log'), { flags: 'a' });

var app = express();
app.use(morgan('combined', { stream: accessLogStream }));
app.use(bodyParser.raw({ type: 'image/*', limit: '5mb' }));
app.use(bodyParser.json());
app.use(session({
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
  store: new session.MemoryStore()
}));

require('./routes/users')(app);

process.on('uncaughtException', function (err) {
  console.log('Caught exception: ' + err);
});

if (process.env.AUTO_UPDATE === 'true') {
  cp.exec('npm install --production', { cwd: __dirname }, function (err, stdout) {
    console.log(stdout);
  });
}

fs.writeFileSync(path.join(__dirname, 'server.pid'), process.pid.toString());

db.sequelize.sync({ alter: true }).then(function () {
  app.listen(3000, function () {
    console.log('legacy shop listening on 3000 (db password set: ' + Boolean(dbPassword) + ')');
  });
});
