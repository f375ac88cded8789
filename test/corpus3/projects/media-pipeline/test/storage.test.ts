import { describe, it, expect } from 'vitest';
import { PRESETS } from '../src/workers/transcode';

describe('presets', () => {
  it('uses libx264 everywhere', () => {
    for (const args of Object.values(PRESETS)) expect(args).toContain('libx264');
  });

  it('talks to local minio in tests', () => {
    const endpoint = 'http://localhost:9000';
    expect(new URL(endpoint).port).toBe('9000');
  });
});
