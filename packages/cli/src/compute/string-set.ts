/**
 * A set of strings held in a few typed arrays (open addressing, FNV-1a hashes, the
 * characters themselves to compare). For the million household ids of a batch: a
 * Set<string> of that size is marked again by every full garbage collection, which the
 * batch's many vectors trigger often (measured: 2 s of a million-household run); typed
 * arrays are not scanned. Membership is exact: equal hashes are compared character by character.
 */
export class StringSet {
  #chars = new Uint16Array(1 << 16);
  #used = 0;
  // Per entry: where its characters start, how many, its hash.
  #starts = new Int32Array(1 << 12);
  #lengths = new Int32Array(1 << 12);
  #hashes = new Int32Array(1 << 12);
  #size = 0;
  // Slot → entry + 1 (0: empty); a power of two, kept at most half full.
  #slots = new Int32Array(1 << 13);

  get size(): number {
    return this.#size;
  }

  has(value: string): boolean {
    return this.#find(value, hashOf(value)) >= 0;
  }

  /** Adds the value; returns false when it was there already. */
  add(value: string): boolean {
    const hash = hashOf(value);
    const found = this.#find(value, hash);
    if (found >= 0) return false;
    const entry = this.#size++;
    if (entry === this.#starts.length) {
      this.#starts = grown(this.#starts, entry * 2);
      this.#lengths = grown(this.#lengths, entry * 2);
      this.#hashes = grown(this.#hashes, entry * 2);
    }
    if (this.#used + value.length > this.#chars.length) {
      const chars = new Uint16Array(Math.max(this.#chars.length * 2, this.#used + value.length));
      chars.set(this.#chars.subarray(0, this.#used));
      this.#chars = chars;
    }
    const chars = this.#chars;
    const start = this.#used;
    for (let i = 0; i < value.length; i++) chars[start + i] = value.charCodeAt(i);
    this.#used += value.length;
    this.#starts[entry] = start;
    this.#lengths[entry] = value.length;
    this.#hashes[entry] = hash;
    this.#slots[~found] = entry + 1;
    if (this.#size * 2 > this.#slots.length) this.#rehash();
    return true;
  }

  /** The entry holding the value, or ~slot: the empty slot where it would go. */
  #find(value: string, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot]! - 1;
      if (e < 0) return ~slot;
      if (this.#hashes[e] === hash && this.#equals(e, value)) return e;
    }
  }

  #equals(entry: number, value: string): boolean {
    if (this.#lengths[entry] !== value.length) return false;
    const chars = this.#chars;
    const start = this.#starts[entry]!;
    for (let i = 0; i < value.length; i++) if (chars[start + i] !== value.charCodeAt(i)) return false;
    return true;
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.#size; e++) {
      let slot = this.#hashes[e]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
    this.#slots = slots;
  }
}

function grown(a: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0; // as the Int32Array stores it (the empty string's hash is the basis, above 2^31)
}
