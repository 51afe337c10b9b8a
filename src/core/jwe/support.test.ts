import { describe, expect, it } from 'vitest';
import { probeJweSupport } from './support';

/** A SubtleCrypto that fails what Chromium fails (192-bit AES) and, when asked, X25519 too; it counts its calls. */
function fakeSubtle({ x25519 }: { x25519: boolean }): { subtle: SubtleCrypto; calls: () => number } {
  let calls = 0;
  const real = globalThis.crypto.subtle;
  const subtle = {
    importKey: (...args: Parameters<SubtleCrypto['importKey']>) => {
      calls += 1;
      const [, key] = args;
      if ((key as Uint8Array).length === 24)
        return Promise.reject(new DOMException('192-bit', 'OperationError'));
      return real.importKey(...args);
    },
    encrypt: (...args: Parameters<SubtleCrypto['encrypt']>) => real.encrypt(...args),
    generateKey: (...args: Parameters<SubtleCrypto['generateKey']>) => {
      calls += 1;
      return x25519 ? real.generateKey(...args) : Promise.reject(new DOMException('no', 'NotSupportedError'));
    },
  } as unknown as SubtleCrypto;
  return { subtle, calls: () => calls };
}

describe('probeJweSupport', () => {
  it('probes the SubtleCrypto it is given on every call, not the first one it saw', async () => {
    expect(await probeJweSupport(globalThis.crypto.subtle)).toEqual({ aes192: true, x25519: true });
    const chromiumLike = fakeSubtle({ x25519: true });
    expect(await probeJweSupport(chromiumLike.subtle)).toEqual({ aes192: false, x25519: true });
    const old = fakeSubtle({ x25519: false });
    expect(await probeJweSupport(old.subtle)).toEqual({ aes192: false, x25519: false });
  });

  it('remembers the answer per SubtleCrypto object: a second call does not probe again', async () => {
    const fake = fakeSubtle({ x25519: true });
    const first = probeJweSupport(fake.subtle);
    await first;
    const after = fake.calls();
    expect(after).toBeGreaterThan(0);
    expect(probeJweSupport(fake.subtle)).toBe(first);
    expect(fake.calls()).toBe(after);
    expect(probeJweSupport(fakeSubtle({ x25519: true }).subtle)).not.toBe(first);
  });
});
