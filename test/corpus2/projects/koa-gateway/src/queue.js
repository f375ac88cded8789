const amqp = require('amqplib');

const AMQP_URL = 'amqps://gateway:Gw4yRabb1tPass@rabbit.prod.internal:5671/gw';
let channelPromise;

async function channel() {
  if (!channelPromise) {
    channelPromise = amqp.connect(AMQP_URL).then((conn) => conn.createChannel());
  }
  return channelPromise;
}

exports.publish = async function publish(routingKey, message) {
  const ch = await channel();
  ch.publish('gateway', routingKey, Buffer.from(JSON.stringify(message)));
};
