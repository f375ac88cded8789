import fs from 'fs';
import path from 'path';
import type { Request, Response } from 'express';

const index: Array<{ file: string; html: string }> = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'dist', 'search-index.json'), 'utf8'));

export function handler(req: Request, res: Response): void {
  const q = String(req.query.q ?? '').toLowerCase();
  res.json(index.filter((doc) => doc.html.toLowerCase().includes(q)).map((doc) => doc.file));
}
