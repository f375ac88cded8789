import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-04-10' });
// Publishable keys are meant to ship to the browser.
export const publishableKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? 'pk_live_51YUYoWzJnEKmqbMSIGQBt5D5Ets8v2Lq0Wc';
