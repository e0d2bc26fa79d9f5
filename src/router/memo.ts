/**
 * A memo for the router's lookups of typed words (typos of names, folded suggestions): it forgets everything once
 * it holds `max` entries, which keeps it bounded whatever people type and costs nothing per lookup.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K, compute: (key: K) => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    const value = compute(key);
    if (this.values.size >= this.max) this.values.clear();
    this.values.set(key, value);
    return value;
  }
}
