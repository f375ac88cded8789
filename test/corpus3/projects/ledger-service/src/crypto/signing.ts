import { createHmac, timingSafeEqual, createHash } from 'node:crypto';
import { env } from '../env';

export const SIGNATURE_HEADER = 'x-ledger-signature';
export const SIGNATURE_ALGORITHM = 'sha256';

export function sign(payload: string, key: string = env.WEBHOOK_SIGNING_KEY): string {
  return createHmac(SIGNATURE_ALGORITHM, key).update(payload).digest('hex');
}

export function verifySignature(payload: string, signature: string): boolean {
  const expected = Buffer.from(sign(payload), 'hex');
  const given = Buffer.from(signature, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function fingerprint(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

// Known-answer value used by the health endpoint to verify the crypto provider.
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
