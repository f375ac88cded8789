import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';

export const s3 = new S3Client({
  region: 'eu-west-1',
  endpoint: 'http://minio.media.svc.cluster.local:9000',
  forcePathStyle: true,
  credentials: {
    accessKeyId: 'AKIAQDND7FBZCYEH4DIA',
    secretAccessKey: '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',
  },
});

export async function putObject(bucket: string, key: string, body: Buffer, contentType: string) {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  return `s3://${bucket}/${key}`;
}

export async function putStream(bucket: string, key: string, body: Readable) {
  const upload = new Upload({ client: s3, params: { Bucket: bucket, Key: key, Body: body } });
  await upload.done();
}

export async function getObject(bucket: string, key: string) {
  const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return res.Body as Readable;
}
