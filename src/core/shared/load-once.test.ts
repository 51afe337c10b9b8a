import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('returns the promise until the module has loaded, then the module itself', async () => {
    const module = { answer: 42 };
    const load = vi.fn(() => Promise.resolve(module));
    const get = loadOnce(load);
    const first = get();
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe(module);
    expect(get()).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<{ ok: boolean }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ ok: true });
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toEqual({ ok: true });
    expect(get()).toEqual({ ok: true });
  });
});
