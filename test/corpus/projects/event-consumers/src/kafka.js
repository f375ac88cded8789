const { Kafka, logLevel } = require('kafkajs');

const brokers = (process.env.KAFKA_BROKERS || '').split(',').filter(Boolean);

exports.kafka = new Kafka({
  clientId: 'orders-consumer',
  brokers,
  ssl: true,
  sasl: {
    mechanism: 'scram-sha-512',
    username: process.env.KAFKA_USERNAME,
    password: process.env.KAFKA_PASSWORD || 'kafka-orders-pw-7731',
  },
  logLevel: logLevel.WARN,
});

exports.auditKafka = new Kafka({
  clientId: 'audit-consumer',
  brokers: ['10.0.1.12:9092'],
});
