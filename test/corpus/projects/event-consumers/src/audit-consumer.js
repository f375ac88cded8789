const amqp = require('amqplib');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const PID_FILE = path.join(__dirname, '..', 'run', 'audit-consumer.pid');

if (process.argv[2] === 'start') {
  const out = fs.openSync(path.join(__dirname, '..', 'logs', 'audit-consumer.out'), 'a');
  const child = spawn(process.execPath, [__filename, 'run'], { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  console.log('audit consumer started in background, pid', child.pid);
  process.exit(0);
}

fs.writeFileSync(PID_FILE, `${process.pid}\n`);

const auditLog = fs.createWriteStream(path.join(__dirname, '..', 'logs', 'audit.log'), { flags: 'a' });

async function main() {
  const conn = await amqp.connect('amqp://localhost');
  const channel = await conn.createChannel();
  await channel.assertQueue('audit', { durable: true });
  channel.consume('audit', (msg) => {
    if (!msg) return;
    auditLog.write(msg.content.toString() + '\n');
    channel.ack(msg);
  });
  process.on('SIGTERM', async () => {
    await channel.close();
    await conn.close();
    fs.unlinkSync(PID_FILE);
    process.exit(0);
  });
}

main();
