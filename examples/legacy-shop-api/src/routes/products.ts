import { Router } from 'express';
import multer from 'multer';
import path from 'path';
import { execFile } from 'child_process';
import { Product } from '../db';
import { cached } from '../cache';

const upload = multer({ dest: 'uploads/' });
const router = Router();

router.get('/', async (_req, res) => {
  const products = await cached('products:all', 60, () => Product.findAll({ raw: true }));
  res.json(products);
});

router.post('/:id/image', upload.single('image'), (req, res) => {
  const original = req.file!.path;
  const thumbnail = path.join('uploads', 'thumbs', `${req.params.id}.jpg`);
  // ImageMagick is installed on the web servers.
  execFile('convert', [original, '-resize', '300x300^', '-gravity', 'center', '-extent', '300x300', thumbnail], async (err) => {
    if (err) {
      res.status(500).json({ error: 'thumbnail failed' });
      return;
    }
    await Product.update({ imagePath: thumbnail }, { where: { id: req.params.id } });
    res.json({ thumbnail });
  });
});

export default router;
