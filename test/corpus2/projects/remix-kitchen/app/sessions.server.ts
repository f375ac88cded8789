import { createCookieSessionStorage } from '@remix-run/node';

export const { getSession, commitSession, destroySession } = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secrets: ['r3m1x-c00k13-s3cr3t-9d8f7a6b'],
    secure: process.env.NODE_ENV === 'production',
  },
});
