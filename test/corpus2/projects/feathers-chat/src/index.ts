import { app } from './app';
import { setupDatabase } from './sequelize';

const port = app.get('port') ?? 3030;
const host = app.get('host');

setupDatabase()
  .then(() => app.listen(port))
  .then(() => console.info(`Feathers app listening on http://${host}:${port}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
