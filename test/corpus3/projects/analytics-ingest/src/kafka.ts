import { Kafka, logLevel, CompressionTypes } from 'kafkajs';
import { logger } from './logger';

const kafka = new Kafka({
  clientId: 'analytics-ingest',
  brokers: ['10.0.4.11:9092', '10.0.4.12:9092', '10.0.4.13:9092'],
  logLevel: logLevel.WARN,
  retry: { retries: 8, initialRetryTime: 300 },
});

export const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true });

export async function connectProducer() {
  await producer.connect();
  logger.info('kafka producer connected');
}

export const COMPRESSION = CompressionTypes.GZIP;
