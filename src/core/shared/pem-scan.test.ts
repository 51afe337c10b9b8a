import { describe, expect, it } from 'vitest';
import { scanPemBlocks } from './pem-scan';

describe('scanPemBlocks', () => {
  it('reads blocks in order, skipping a BEGIN without its END', () => {
    const text =
      '-----BEGIN A-----\nx\n-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n-----BEGIN B-----y-----END B-----';
    expect(scanPemBlocks(text)).toEqual([
      { label: 'PUBLIC KEY', body: '\nAAAA\n' },
      { label: 'B', body: 'y' },
    ]);
    expect(scanPemBlocks(text, 'B')).toEqual([{ label: 'B', body: 'y' }]);
  });
  it('is linear on 1 MB of BEGIN lines with no END (the old pattern took seconds)', () => {
    const t0 = performance.now();
    expect(scanPemBlocks('-----BEGIN A-----\n'.repeat(60_000))).toEqual([]);
    expect(scanPemBlocks('-----BEGIN CERTIFICATE-----\nAAAA\n'.repeat(40_000), 'CERTIFICATE')).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
