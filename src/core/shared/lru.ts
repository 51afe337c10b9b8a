// A small least-recently-used map with a fixed bound, for caches that a caller creates and owns (no module state).

export class Lru<K, V> {
  readonly #entries = new Map<K, V>();

  /** @param bound the most entries kept; the least recently used is dropped past it. */
  constructor(readonly bound: number) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    // Re-inserting moves the entry to the young end of the Map's insertion order.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.bound) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }
}
