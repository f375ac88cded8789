const knex = require('../lib/db');

knex.migrate
  .latest()
  .then(([batch, log]) => {
    console.log(`batch ${batch}: ${log.length} migrations`);
    return knex.destroy();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
