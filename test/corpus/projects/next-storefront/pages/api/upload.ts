import type { NextApiRequest, NextApiResponse } from 'next';
import formidable from 'formidable';

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const form = formidable({ uploadDir: './public/uploads', keepExtensions: true, maxFileSize: 5 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  res.status(201).json({ files: Object.keys(files) });
}
