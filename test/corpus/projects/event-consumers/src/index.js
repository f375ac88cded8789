require('dotenv').config({ path: '.env.local' });
const http = require('http');
const { kafka } = require('./kafka');

const consumer = kafka.consumer({ groupId: 'orders-projection' });
let healthy = false;

async function run() {
  await consumer.connect();
  await consumer.subscribe({ topic: 'orders', fromBeginning: false });
  healthy = true;
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value.toString());
      console.log(JSON.stringify({ msg: 'order event', type: event.type, id: event.id }));
    },
  });
}

const health = http.createServer((req, res) => {
  res.writeHead(healthy ? 200 : 503).end(healthy ? 'ok' : 'starting');
});
health.listen(9464);

const stop = async () => {
  health.close();
  await consumer.disconnect();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
