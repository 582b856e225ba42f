/**
 * An index from a 30-bit hash (a fingerprint, a unit's hash) to the first unit that had it.
 * Hand-made open addressing over one typed array instead of a `Map`, because it is filled for
 * every article and nearly every hash is new: a `Map` allocated per file and grown entry by
 * entry cost more than the winnowing itself, mostly in garbage. The array is kept from file
 * to file, and a file uses only as many slots as its hashes need, from the start of it.
 *
 * Probes land at random, right after the parser has been through the caches, so each one
 * would miss them: a slot is two numbers (hash, unit + 1, side by side), and the slots in use
 * are emptied with `fill` when a file starts, which reads them into the cache in order, as
 * the CPU fetches ahead best. (Generation stamps, which empty the array at once, left the
 * slots cold and cost 30% more; sorting the fingerprints instead was slower still: V8 sorts a
 * typed array of 100 numbers in 10 µs.)
 */

/** Numbers per slot: hash, and unit + 1 (0: empty). */
const STRIDE = 2

export class FirstSeen {
  private slots = new Int32Array(1024 * STRIDE)
  /** Slots in use (a power of two), from the start of the array. */
  private capacity = 64
  private size = 0

  /** Empty the index, with room for `expected` hashes without growing. */
  reset(expected: number): void {
    let capacity = 64
    while (capacity < expected * 2) capacity *= 2
    this.use(capacity)
  }

  /** The unit that had `hash` first; when none did, `unit` now has it and -1 is returned. */
  ownerOrClaim(hash: number, unit: number): number {
    const {slots} = this
    const mask = this.capacity - 1
    let slot = Math.imul(hash, 0x9e3779b1) & mask
    let at = slot * STRIDE
    let owner: number
    while ((owner = slots[at + 1]!) !== 0) {
      if (slots[at] === hash) return owner - 1
      slot = (slot + 1) & mask
      at = slot * STRIDE
    }
    slots[at] = hash
    slots[at + 1] = unit + 1
    if (++this.size * 2 > this.capacity) this.grow()
    return -1
  }

  /** Start an empty table of `capacity` slots, in the array kept or a larger one. */
  private use(capacity: number): void {
    this.size = 0
    this.capacity = capacity
    if (capacity * STRIDE > this.slots.length) this.slots = new Int32Array(capacity * STRIDE)
    else this.slots.fill(0, 0, capacity * STRIDE)
  }

  /** Double the table, keeping what it holds. */
  private grow(): void {
    const held = this.slots.slice(0, this.capacity * STRIDE)
    this.use(this.capacity * 2)
    for (let at = 0; at < held.length; at += STRIDE) {
      if (held[at + 1] !== 0) this.ownerOrClaim(held[at]!, held[at + 1]! - 1)
    }
  }
}
