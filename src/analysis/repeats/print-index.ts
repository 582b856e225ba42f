/**
 * The index winnowing looks fingerprints up in: fingerprint → the first unit that had it.
 * Hand-made open addressing over one typed array instead of a `Map`, because it is filled for
 * every article and nearly every fingerprint is new: a `Map` allocated per file and grown
 * entry by entry cost more than the winnowing itself, mostly in garbage. A slot's stamp,
 * fingerprint and unit sit side by side, so a probe reads one cache line. The array is kept
 * from file to file; a generation stamp empties it at once.
 */

/** Numbers per slot: stamp, fingerprint, unit. */
const STRIDE = 3

export class PrintIndex {
  private slots = new Int32Array(1024 * STRIDE)
  /** Slots in the table (a power of two). */
  private capacity = 1024
  private generation = 0
  private size = 0

  /** Empty the index, with room for `expected` fingerprints without growing. */
  reset(expected: number): void {
    this.size = 0
    let capacity = this.capacity
    while (capacity < expected * 2) capacity *= 2
    if (capacity !== this.capacity) this.allocate(capacity)
    this.generation++
    // Stamps wrap after 2^31 files: empty the table for real then.
    if (this.generation === 0x7fffffff) {
      this.slots.fill(0)
      this.generation = 1
    }
  }

  /** The unit that had `print` first; when none did, `unit` now has it and -1 is returned. */
  ownerOrClaim(print: number, unit: number): number {
    const {slots, generation} = this
    const mask = this.capacity - 1
    let slot = Math.imul(print, 0x9e3779b1) & mask
    let at = slot * STRIDE
    while (slots[at] === generation) {
      if (slots[at + 1] === print) return slots[at + 2]!
      slot = (slot + 1) & mask
      at = slot * STRIDE
    }
    slots[at] = generation
    slots[at + 1] = print
    slots[at + 2] = unit
    if (++this.size * 2 > this.capacity) this.grow()
    return -1
  }

  private allocate(capacity: number): void {
    this.slots = new Int32Array(capacity * STRIDE)
    this.capacity = capacity
    this.generation = 0
  }

  /** Double the table, keeping what this file has put in it. */
  private grow(): void {
    const {slots, generation, capacity} = this
    this.allocate(capacity * 2)
    this.generation = 1
    this.size = 0
    for (let at = 0; at < capacity * STRIDE; at += STRIDE) {
      if (slots[at] === generation) this.ownerOrClaim(slots[at + 1]!, slots[at + 2]!)
    }
  }
}
