import fs from 'fs';
import path from 'path';

export class DiskStorage {
  constructor(root) {
    this.root = root;
  }

  put(id, body) {
    fs.writeFileSync(path.join(this.root, `${id}.json`), JSON.stringify(body));
  }
}

export class S3Storage {
  constructor({ bucket }) {
    this.bucket = bucket;
  }

  put(id) {
    return { bucket: this.bucket, key: `replays/${id}.json` };
  }
}
