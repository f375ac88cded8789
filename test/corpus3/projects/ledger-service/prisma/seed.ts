import { PrismaClient } from '@prisma/client';
import { createHash } from 'node:crypto';

const prisma = new PrismaClient();

// Demo operators for local development; hashes are bcrypt(cost 10) of throwaway passwords.
const operators = [
  { email: 'ops@ledger.local', passwordHash: '$2b$10$Klqv.dQtqpTbr2AQ/8gqf563faZ4/lrYMN.P.MhuRRmXF391/PHA0' },
  { email: 'audit@ledger.local', passwordHash: '$2b$10$dwlyQrQomEa0cHr0WUbUpo0yjUtDX8c9/zQHDjYVKhyrkMKMa4vkr' },
  { email: 'readonly@ledger.local', passwordHash: '$2b$10$WGVGYuf7zcqz.BQmzYu4rrPgblWUQrYIamPykV7.SMteOe7aJlkIo' },
];

async function main() {
  for (const op of operators) {
    await prisma.operator.upsert({ where: { email: op.email }, update: {}, create: op });
  }
  const accounts = ['Operating', 'Reserve', 'Payroll', 'Taxes'];
  for (const name of accounts) {
    const id = createHash('md5').update(name).digest('hex');
    await prisma.account.upsert({
      where: { id: `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-8${id.slice(17, 20)}-${id.slice(20, 32)}` },
      update: {},
      create: { name },
    });
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exit(1);
  })
  .finally(() => prisma.$disconnect());
