import Stripe from 'stripe';
import { env } from '../env';

export const STRIPE_API_VERSION = '2024-04-10';
export const stripe = new Stripe(env.STRIPE_SECRET_KEY, { apiVersion: STRIPE_API_VERSION, maxNetworkRetries: 2 });

export async function createPayout(accountId: string, amountMinor: number) {
  return stripe.payouts.create(
    { amount: amountMinor, currency: 'eur', metadata: { accountId } },
    { idempotencyKey: `payout-${accountId}-${amountMinor}` },
  );
}
