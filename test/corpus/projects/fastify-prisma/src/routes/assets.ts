import type { FastifyInstance } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { prisma } from '../db.js';

const UPLOAD_DIR = path.resolve('storage/uploads');

export default async function assetRoutes(app: FastifyInstance) {
  app.post('/assets', async (request, reply) => {
    const data = await request.file();
    if (!data) return reply.code(400).send({ error: 'file required' });
    const asset = await prisma.asset.create({ data: { filename: data.filename, mimeType: data.mimetype } });
    await pipeline(data.file, createWriteStream(path.join(UPLOAD_DIR, asset.id)));
    return reply.code(201).send(asset);
  });

  app.post('/assets/checksum', async (request) => {
    const data = await request.file();
    if (!data) return { checksum: null };
    const dir = await mkdtemp(path.join(tmpdir(), 'checksum-'));
    const scratch = path.join(dir, 'upload.bin');
    await pipeline(data.file, createWriteStream(scratch));
    const bytes = await readFile(scratch);
    await rm(dir, { recursive: true, force: true });
    const { createHash } = await import('node:crypto');
    return { checksum: createHash('sha256').update(bytes).digest('hex') };
  });
}
