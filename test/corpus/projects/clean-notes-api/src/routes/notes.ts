import { Router } from 'express';
import multer from 'multer';
import { db } from '../db.js';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5_000_000 } });
const requestTimings = new WeakMap<object, number>();
const VISIBILITY = new Set(['private', 'shared', 'public']);

export const notes = Router();

notes.get('/', async (req, res) => {
  requestTimings.set(req, Date.now());
  const page = Math.max(1, Number(req.query.page ?? 1));
  const rows = await db('notes').where({ owner_id: req.session.userId }).limit(20).offset((page - 1) * 20);
  res.json(rows);
});

notes.post('/', upload.single('attachment'), async (req, res) => {
  const visibility = VISIBILITY.has(req.body.visibility) ? req.body.visibility : 'private';
  const tags: string[] = [];
  for (const t of String(req.body.tags ?? '').split(',')) if (t) tags.push(t.trim());
  const [note] = await db('notes')
    .insert({ owner_id: req.session.userId, body: req.body.body, visibility, tags, attachment: req.file?.buffer ?? null })
    .returning('*');
  res.status(201).json(note);
});
