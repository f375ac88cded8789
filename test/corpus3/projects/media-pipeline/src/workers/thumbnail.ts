import sharp from 'sharp';
import { getObject, putObject } from '../storage/s3';
import { config } from '../config';

export const SIZES = [64, 128, 256, 512] as const;

export async function thumbnails(job: { id: string; key: string }) {
  const chunks: Buffer[] = [];
  for await (const chunk of await getObject(config.bucket, job.key)) chunks.push(chunk as Buffer);
  const original = Buffer.concat(chunks);
  for (const size of SIZES) {
    const out = await sharp(original).resize(size, size, { fit: 'cover' }).webp({ quality: 80 }).toBuffer();
    await putObject(config.bucket, `thumbs/${job.id}/${size}.webp`, out, 'image/webp');
  }
}
