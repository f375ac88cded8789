import multer from 'multer';
import multerS3 from 'multer-s3';
import { S3Client } from '@aws-sdk/client-s3';
import { config } from '../config.js';

const s3 = new S3Client({ region: process.env.AWS_REGION });

export const upload = multer({
  storage:
    process.env.NODE_ENV === 'production'
      ? multerS3({ s3, bucket: config.bucket, key: (_req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`) })
      : multer.diskStorage({ destination: 'tmp/uploads' }),
});

export const avatarUpload = multer({ dest: 'uploads/avatars' });
