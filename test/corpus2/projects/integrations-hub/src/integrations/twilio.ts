import twilio from 'twilio';

const accountSid = 'ACcad06b0974afa74193304885ee914f14';
const apiKeySid = 'SK9f83b5ae08e9df0b3f13052ba131525f';
const authToken = process.env.TWILIO_AUTH_TOKEN ?? '';

const client = twilio(apiKeySid, authToken, { accountSid });

export async function notifyBySms(to: string, body: string): Promise<void> {
  await client.messages.create({ to, from: process.env.TWILIO_FROM, body });
}
