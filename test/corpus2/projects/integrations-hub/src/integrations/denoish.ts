declare const Deno: { env: { get(name: string): string | undefined } } | undefined;

export const webhookToken = typeof Deno !== 'undefined' ? Deno.env.get('WEBHOOK_TOKEN') : process.env.WEBHOOK_TOKEN;
export const viteKey = (import.meta as unknown as { env?: Record<string, string> }).env?.VITE_PUBLIC_KEY;
export const REQUIRED_ENV = ['SLACK_BOT_TOKEN', 'TWILIO_AUTH_TOKEN', 'ANTHROPIC_API_KEY', 'DATABASE_PASSWORD'];
