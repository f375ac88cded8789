import multer from 'multer';
import path from 'node:path';
import { Router } from 'express';

const storage = multer.diskStorage({
  destination: 'public/avatars',
  filename: (req, file, cb) => cb(null, `${req.session.userId}${path.extname(file.originalname)}`),
});

export const avatarRouter = Router();
avatarRouter.post('/', multer({ storage, limits: { fileSize: 2 * 1024 * 1024 } }).single('avatar'), (req, res) => {
  res.json({ url: `/avatars/${req.file.filename}` });
});
