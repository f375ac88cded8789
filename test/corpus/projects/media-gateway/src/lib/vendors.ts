import OpenAI from 'openai';
import Stripe from 'stripe';
import twilio from 'twilio';
import * as Sentry from '@sentry/node';

export const openai = new OpenAI({ apiKey: 'sk-proj-bisY1XCb6F_Saj_an28WRbJU2P9YJU_ArIGJimrjp7IDmuvzT3BlbkFJduWX3tQOkDptj6-8XTI47UAJJbAbBzwx79VL9O0EfacX_PQa' });

export const stripe = new Stripe('rk_live_51YUYoWzJnEKmqbMSIGQBt5D5EtJPZ7BNVKl2IzoJz', { apiVersion: '2024-04-10' });

const twilioConfig = {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
  apiKey: 'SK568308571a8641e0cfbfec72e61ffc81',
  apiSecret: process.env.TWILIO_API_SECRET,
};
export const sms = twilio(twilioConfig.apiKey, twilioConfig.apiSecret, { accountSid: twilioConfig.accountSid });

Sentry.init({
  dsn: 'https://834babd4ea6f500d826e148d180b4f22@o450912.ingest.sentry.io/5512345',
  tracesSampleRate: 0.1,
});

// twelve-factor-disable-next-line config/hardcoded-secret
export const legacyWebhookToken = 'whk_7Qz9Lm2Xc4Vb8Nn1Rt6Yp3Ws';
