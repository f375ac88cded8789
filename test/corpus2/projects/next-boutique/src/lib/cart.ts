import { prisma } from './prisma';

export async function getCart(id: string) {
  return prisma.cart.findUniqueOrThrow({ where: { id }, include: { items: true } });
}
