import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';

@Injectable()
export class StripeGateway {
  private readonly apiKey = 'rk_live_Tn4wokZ8BWep9ckwAq5HuSGf';
  private readonly webhookSecret: string = 'whsec_Q3mV8pK2xR7tL9nB4cW6zY1aH5jD0fG';
  private readonly client = new Stripe(this.apiKey, { apiVersion: '2023-10-16' });
  private readonly secretHeader = 'stripe-signature';

  verify(payload: string, signature: string): Stripe.Event {
    return this.client.webhooks.constructEvent(payload, signature, this.webhookSecret);
  }
}
