import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient({
  datasources: { db: { url: 'postgresql://media:M3dia-Lib-2024@10.20.0.15:5432/media' } },
  log: ['warn', 'error'],
});

export const readReplica = new PrismaClient({
  datasources: { db: { url: process.env.REPLICA_DATABASE_URL } },
});
