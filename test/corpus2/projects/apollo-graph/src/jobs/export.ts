import fs from 'fs';
import path from 'path';
import mongoose from 'mongoose';

export async function exportPosts(): Promise<void> {
  const out = fs.createWriteStream(path.join('logs', 'graph-export.ndjson'), { flags: 'a' });
  for await (const doc of mongoose.connection.collection('posts').find()) {
    out.write(`${JSON.stringify(doc)}\n`);
  }
  out.end();
}
