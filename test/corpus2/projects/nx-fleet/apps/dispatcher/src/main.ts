import express from 'express';
import session from 'express-session';
import multer from 'multer';
import { Sequelize } from 'sequelize';
import { Umzug, SequelizeStorage } from 'umzug';
import { Vehicle } from '@fleet/shared';
import { haversine } from '../../tracker/src/geo';
import { dispatchQueue } from './jobs';

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });
const umzug = new Umzug({
  migrations: { glob: 'tools/migrations/*.js' },
  context: sequelize.getQueryInterface(),
  storage: new SequelizeStorage({ sequelize }),
  logger: console,
});

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2_000_000 } });
const app = express();
app.use(express.json());
app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    store: new session.MemoryStore(),
    resave: false,
    saveUninitialized: false,
  }),
);

app.post('/dispatch', async (req, res) => {
  const vehicle: Vehicle = req.body.vehicle;
  const distance = haversine(vehicle.position, req.body.destination);
  await dispatchQueue.add('dispatch', { vehicleId: vehicle.id, distance });
  res.status(202).json({ distance });
});

app.post('/manifests', upload.single('manifest'), (req, res) => {
  res.json({ bytes: req.file?.size ?? 0 });
});

async function main(): Promise<void> {
  await umzug.up();
  app.listen(process.env.PORT ? Number(process.env.PORT) : 3333);
}

void main();
