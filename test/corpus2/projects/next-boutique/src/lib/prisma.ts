import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient({
  datasources: { db: { url: 'postgresql://shop:Sh0pPass2024@localhost:5432/shop' } },
});
