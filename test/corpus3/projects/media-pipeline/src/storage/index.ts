import fs from 'node:fs/promises';
import path from 'node:path';
import { putObject } from './s3';
import { config } from '../config';

export interface BlobStore {
  save(key: string, body: Buffer, contentType: string): Promise<string>;
}

class S3Store implements BlobStore {
  save(key: string, body: Buffer, contentType: string) {
    return putObject(config.bucket, key, body, contentType);
  }
}

class LocalDiskStore implements BlobStore {
  constructor(private readonly root: string) {}
  async save(key: string, body: Buffer) {
    const target = path.join(this.root, key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, body);
    return `file://${target}`;
  }
}

export const blobStore: BlobStore = process.env.NODE_ENV === 'production' ? new S3Store() : new LocalDiskStore('./var/media');
