import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const s3 = new S3Client({
  region: 'eu-west-1',
  endpoint: 'http://localhost:4566',
  forcePathStyle: true,
  credentials: {
    accessKeyId: 'AKIA25PKWTN2L5PVD63Y',
    secretAccessKey: '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',
  },
});

export const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION }));
