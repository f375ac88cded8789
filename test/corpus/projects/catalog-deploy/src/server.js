'use strict';

const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const multer = require('multer');
const { createHttpTerminator } = require('http-terminator');
const { MongoClient } = require('mongodb');

const app = express();
const mongo = new MongoClient(process.env.MONGO_URL);

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, 'uploads/images'),
  filename: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`),
});
const upload = multer({ storage });

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  }),
);

app.post('/products/:id/image', upload.single('image'), async (req, res) => {
  await mongo.db().collection('products').updateOne({ _id: req.params.id }, { $set: { image: req.file.filename } });
  res.status(204).end();
});

app.get('/healthz', (req, res) => res.send('ok'));

const PORT = process.env.PORT || 8080;
const server = app.listen(PORT, () => console.log(`catalog listening on ${PORT}`));
const terminator = createHttpTerminator({ server });

process.on('SIGTERM', async () => {
  await terminator.terminate();
  await mongo.close();
  process.exit(0);
});
