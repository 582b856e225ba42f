/**
 * An index from a 30-bit hash (a fingerprint, a unit's hash) to the first unit that had it.
 * Hand-made open addressing over one typed array instead of a `Map`, because it is filled for
 * every article and nearly every hash is new: a `Map` allocated per file and grown entry by
 * entry cost more than the winnowing itself, mostly in garbage. The array is kept from file
 * to file; a generation stamp empties it at once.
 *
 * Probes land at random, right after the parser has been through the caches: so a slot's
 * stamp, fingerprint and unit sit side by side (one cache line per probe), and a file uses
 * only as many slots as its fingerprints need, not the whole array. (Sorting the file's
 * fingerprints instead was slower still: V8 sorts a typed array of 100 numbers in 10 µs.)
 */

/** Numbers per slot: stamp, hash, unit. */
const STRIDE = 3

export class FirstSeen {
  private slots = new Int32Array(1024 * STRIDE)
  /** Slots in use (a power of two), from the start of the array. */
  private capacity = 64
  private generation = 0
  private size = 0

  /** Empty the index, with room for `expected` hashes without growing. */
  reset(expected: number): void {
    let capacity = 64
    while (capacity < expected * 2) capacity *= 2
    this.use(capacity)
  }

  /** The unit that had `hash` first; when none did, `unit` now has it and -1 is returned. */
  ownerOrClaim(hash: number, unit: number): number {
    const {slots, generation} = this
    const mask = this.capacity - 1
    let slot = Math.imul(hash, 0x9e3779b1) & mask
    let at = slot * STRIDE
    while (slots[at] === generation) {
      if (slots[at + 1] === hash) return slots[at + 2]!
      slot = (slot + 1) & mask
      at = slot * STRIDE
    }
    slots[at] = generation
    slots[at + 1] = hash
    slots[at + 2] = unit
    if (++this.size * 2 > this.capacity) this.grow()
    return -1
  }

  /** Start an empty table of `capacity` slots, in the array kept or a larger one. */
  private use(capacity: number): void {
    this.size = 0
    this.capacity = capacity
    if (capacity * STRIDE > this.slots.length) {
      this.slots = new Int32Array(capacity * STRIDE)
      this.generation = 1
    } else if (++this.generation === 0x7fffffff) {
      // Stamps wrap after 2^31 tables: empty the array for real then.
      this.slots.fill(0)
      this.generation = 1
    }
  }

  /** Double the table, keeping what it holds. */
  private grow(): void {
    const {generation, capacity} = this
    const held = this.slots.slice(0, capacity * STRIDE)
    this.use(capacity * 2)
    for (let at = 0; at < held.length; at += STRIDE) {
      if (held[at] === generation) this.ownerOrClaim(held[at + 1]!, held[at + 2]!)
    }
  }
}
