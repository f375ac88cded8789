'use strict';

const { S3Client, GetObjectCommand, PutObjectCommand } = require('@aws-sdk/client-s3');
const { execFileSync, execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ffmpegPath = require('ffmpeg-static');

const s3 = new S3Client({
  region: 'us-east-1',
  endpoint: 'http://localhost:4566',
  forcePathStyle: true,
  credentials: {
    accessKeyId: 'AKIA0IBYYURL65B4KJ4H',
    secretAccessKey: 'vRTYZPNvS+I4k9GvvK9JkmW378D/Cn511CFUBWkN',
  },
});

module.exports.handler = async (event) => {
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key);
    const input = path.join(os.tmpdir(), path.basename(key));
    const obj = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    fs.writeFileSync(input, Buffer.from(await obj.Body.transformToByteArray()));

    if (key.endsWith('.mp4')) {
      execFileSync(ffmpegPath, ['-i', input, '-vframes', '1', `${input}.jpg`]);
    } else if (key.endsWith('.pdf')) {
      execFileSync('gs', ['-sDEVICE=jpeg', '-dFirstPage=1', '-dLastPage=1', '-o', `${input}.jpg`, input]);
    } else {
      execSync(`convert ${input} -resize 320x320 ${input}.jpg`);
    }

    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `thumbs/${key}.jpg`, Body: fs.readFileSync(`${input}.jpg`) }));
  }
};
