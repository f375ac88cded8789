import { Router } from 'express';
import { upload, avatarUpload } from '../lib/storage.js';
import { logger } from '../lib/logger.js';

export const media = Router();
const activeUploads: string[] = [];

media.post('/media', upload.single('file'), async (req, res) => {
  activeUploads.push(req.file!.originalname);
  const sharp = (await import('sharp')).default;
  const meta = await sharp(req.file!.buffer ?? req.file!.path).metadata();
  logger.info('uploaded', { name: req.file!.originalname, width: meta.width });
  res.status(201).json({ width: meta.width, height: meta.height });
});

media.post('/avatar', avatarUpload.single('avatar'), (req, res) => {
  res.status(201).json({ stored: req.file?.filename });
});

media.get('/uploads/active', (_req, res) => {
  res.json(activeUploads);
});
