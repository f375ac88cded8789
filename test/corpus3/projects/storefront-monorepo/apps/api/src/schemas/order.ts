import { z } from 'zod';

export const orderStatusSchema = z.enum(['pending', 'paid', 'shipped', 'cancelled', 'refunded']);
export type OrderStatus = z.infer<typeof orderStatusSchema>;
