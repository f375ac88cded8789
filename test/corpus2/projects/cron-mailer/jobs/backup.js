const { exec } = require('child_process');

exports.backup = () =>
  new Promise((resolve, reject) => {
    exec(`pg_dump "${process.env.DATABASE_URL}" | gzip > /backups/digest-$(date +%F).sql.gz`, (err) => (err ? reject(err) : resolve()));
  });
