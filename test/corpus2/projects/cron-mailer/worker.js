require('daemon')();

const cron = require('node-cron');
const Agenda = require('agenda');
const fs = require('fs');
const path = require('path');
const bunyan = require('bunyan');
const { sendDigest } = require('./mailer');
const { refreshTemplates } = require('./jobs/refresh-templates');
const { backup } = require('./jobs/backup');

const log = bunyan.createLogger({
  name: 'digest-mailer',
  streams: [
    { level: 'info', stream: process.stdout },
    { level: 'error', path: '/var/log/digest-mailer/error.log' },
  ],
});

fs.writeFileSync('/var/run/digest-mailer.pid', `${process.pid}\n`);

const agenda = new Agenda({ db: { address: 'mongodb://127.0.0.1:27017/agenda-jobs', collection: 'jobs' } });

agenda.define('digest', async (job) => {
  await sendDigest(job.attrs.data.userId);
});

cron.schedule('0 7 * * *', async () => {
  await agenda.now('digest', { userId: 'all' });
});

const logFile = path.join(__dirname, 'var', 'cron-history.txt');
cron.schedule('*/5 * * * *', () => {
  fs.appendFileSync(logFile, `${new Date().toISOString()} heartbeat\n`);
});

cron.schedule('30 2 * * *', backup);
cron.schedule('0 * * * *', refreshTemplates);

process.on('unhandledRejection', (reason) => {
  log.error({ reason }, 'unhandled rejection in worker');
});

(async () => {
  await agenda.start();
  log.info('worker started');
})();
