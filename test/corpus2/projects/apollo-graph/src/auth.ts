import jwt from 'jsonwebtoken';
import type { Request } from 'express';

const { JWT_SECRET = 'dev-secret-ap0ll0-77f3a1' } = process.env;

export function verify(token: string, secret = 'ap0ll0-jwt-s3cret-4e7d9b2a'): jwt.JwtPayload | string {
  return jwt.verify(token, secret);
}

export async function contextFromRequest({ req }: { req: Request }) {
  const header = req.headers.authorization ?? '';
  const token = header.replace(/^Bearer /, '');
  return { user: token ? jwt.verify(token, JWT_SECRET) : null };
}
