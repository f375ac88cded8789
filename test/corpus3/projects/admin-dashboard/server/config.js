export const port = Number(process.env.PORT ?? 4000);
export const upstream = process.env.NODE_ENV === 'production' ? 'https://api.acme.io' : 'http://localhost:8080';
export const isProd = process.env.NODE_ENV === 'production';
export const sessionSecret = process.env.SESSION_SECRET;
