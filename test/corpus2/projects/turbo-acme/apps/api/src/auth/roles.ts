import type { NextFunction, Request, Response } from 'express';

export const ROLES = ['viewer', 'editor', 'admin'] as const;

export function requireRole(role: (typeof ROLES)[number]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.header('x-role') !== role) return res.status(403).end();
    return next();
  };
}
