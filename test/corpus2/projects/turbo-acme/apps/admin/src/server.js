const express = require('express');
const session = require('express-session');
const MemoryStore = require('memorystore')(session);
const multer = require('multer');
const { requireRole } = require('../../api/src/auth/roles');
const flags = require('../../../libs/flags/src/index.js');
const views = require('./views');

const avatarStorage = multer.diskStorage({
  destination: 'uploads/avatars',
  filename: (req, file, cb) => cb(null, `${req.params.id}-${file.originalname}`),
});
const upload = multer({ storage: avatarStorage });

const app = express();
app.use(session({
  store: new MemoryStore({ checkPeriod: 86400000 }),
  secret: process.env.ADMIN_SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
}));

app.get('/', requireRole('admin'), (req, res) => res.send(views.dashboard({ flags: flags.all() })));
app.post('/users/:id/avatar', upload.single('avatar'), (req, res) => res.redirect('/'));

app.listen(5001, () => console.log('admin on :5001'));
