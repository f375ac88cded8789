import type { NextApiRequest, NextApiResponse } from 'next';
import formidable from 'formidable';
import { prisma } from '@/lib/prisma';

export const config = { api: { bodyParser: false } };

let uploadsToday = 0;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const form = formidable({ uploadDir: './public/uploads', keepExtensions: true, maxFileSize: 5 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  uploadsToday += 1;
  await prisma.asset.create({ data: { path: files.file?.[0]?.filepath ?? '' } });
  res.status(201).json({ uploadsToday });
}
