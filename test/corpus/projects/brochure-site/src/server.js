'use strict';

const express = require('express');
const path = require('path');
const bcrypt = require('bcryptjs');
const csrf = require('csurf');
const i18n = require('./i18n/de');
const { submitContact } = require('./lib/contact');

const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, '..', 'views'));
app.use(express.static(path.join(__dirname, '..', 'public'), { maxAge: '7d' }));
app.use(express.urlencoded({ extended: false }));

const adminPasswordHash = '$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW';

app.get('/', (req, res) => res.render('index', { t: i18n }));

app.post('/contact', async (req, res) => {
  const ok = await submitContact({ name: req.body.name, email: req.body.email, message: req.body.message });
  res.render('thanks', { ok, t: i18n });
});

app.post('/admin/login', async (req, res) => {
  const ok = await bcrypt.compare(String(req.body.password ?? ''), adminPasswordHash);
  res.status(ok ? 200 : 401).send(ok ? 'welcome' : i18n.errors.invalidCredentials);
});

const port = Number(process.env.PORT) || 3000;
app.listen(port, '127.0.0.1', () => console.log(`brochure on http://127.0.0.1:${port}`));
