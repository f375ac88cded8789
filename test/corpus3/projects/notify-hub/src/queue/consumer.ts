import amqp from 'amqplib';
import { config } from '../config';
import { logger } from '../logger';
import { dispatch } from './dispatch';

export async function startConsumer() {
  if (!config.amqpUrl) throw new Error('AMQP_URL is required');
  const conn = await amqp.connect(config.amqpUrl);
  const channel = await conn.createChannel();
  await channel.assertQueue(config.queue, { durable: true, deadLetterExchange: '', deadLetterRoutingKey: config.deadLetterQueue });
  await channel.prefetch(20);
  await channel.consume(config.queue, async (msg) => {
    if (!msg) return;
    try {
      await dispatch(JSON.parse(msg.content.toString()));
      channel.ack(msg);
    } catch (err) {
      const attempts = Number(msg.properties.headers?.['x-attempts'] ?? 0);
      logger.warn('dispatch failed', { err, attempts });
      channel.nack(msg, false, attempts < config.retryLimit);
    }
  });
  return { conn, channel };
}
