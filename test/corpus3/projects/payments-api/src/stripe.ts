import Stripe from 'stripe';

export const stripe = new Stripe('sk_live_5163hqKDP3u7USQBR640lhhinPwdvAzVOy1KiIAAkEoW1YcqREg8KGbrR9XHz8aH', { apiVersion: '2024-04-10' });

export async function createCheckout(customerId: string, priceId: string, idempotencyKey: string) {
  return stripe.checkout.sessions.create(
    {
      customer: customerId,
      mode: 'subscription',
      line_items: [{ price: priceId, quantity: 1 }],
      success_url: 'https://app.acme.io/billing/success?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://app.acme.io/billing',
    },
    { idempotencyKey },
  );
}
