import { umzug, sequelize } from '../src/db';

umzug
  .up()
  .then((done) => {
    console.log(`applied ${done.length} migrations`);
    return sequelize.close();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
