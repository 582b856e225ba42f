/**
 * Near-duplicates that differ inside a unit ("3 hours ago" / "4 hours ago", a changed word):
 * winnowing over word shingles, as MOSS does (Schleimer, Wilkerson and Aiken, SIGMOD 2003).
 * Each unit's k-word shingles are hashed; of every window of `w` consecutive shingle hashes
 * the smallest is kept as a fingerprint. An index from fingerprint to the first unit that had
 * it finds, in one pass and without comparing units pairwise, the earlier unit sharing the
 * most fingerprints; above a threshold the later unit is taken as a copy of it.
 */
import {Words, base, hashKey, powersUpTo} from './hash.js'
import {FirstSeen} from './first-seen.js'
import type {Units} from './units.js'

/** Words per shingle. */
const K = 5
/**
 * Shingle hashes per winnowing window: any shared run of K + W − 1 words is detected.
 * (`select` reads the three neighbours on each side: it is written for 4.)
 */
const W = 4
/** Units shorter than this are compared exactly only: a shingle or two says little. */
export const nearMinWords = 10
/** Share of the larger fingerprint set two units must have in common. */
const threshold = 0.7

/** Shingle hashes of the unit being fingerprinted, and the file's fingerprints; grown as needed. */
let shingles = new Int32Array(256)
let prints = new Int32Array(1024)
/** Fingerprint → first unit with it; kept from file to file. */
const owners = new FirstSeen()
/** Where each unit's fingerprints start in `prints`, and how many: kept from file to file. */
let offsets = new Int32Array(256)
let sizes = new Int32Array(256)
/**
 * Fingerprints the unit being read shares with each earlier one (zero again once it is read:
 * kept from file to file), and which units those are.
 */
let shared = new Int32Array(256)
const others: number[] = []

/** The winnowed fingerprints of a normalised text (words apart by single spaces). */
export function fingerprints(key: string): number[] {
  const words = new Words()
  if (key !== '') hashKey(key, words)
  const count = winnow(words, 0, 0, words.count, 0)
  return Array.from(prints.subarray(0, count))
}

/**
 * Winnow the words `first`… (`count` of them) of `words`, read from `origin` on, into
 * `prints` from `offset` on; returns how many fingerprints there are. Fingerprints are
 * 30-bit numbers.
 */
function winnow(
  words: Words,
  origin: number,
  first: number,
  count: number,
  offset: number
): number {
  const total = count - K + 1
  if (total <= 0) return 0
  // Shingles sit after `W − 1` places and are followed by as many: −1 there, below any hash,
  // ends the runs `select` reads at the unit's edges.
  if (shingles.length < total + 2 * (W - 1)) shingles = new Int32Array((total + 2 * (W - 1)) * 2)
  if (prints.length < offset + total) {
    const larger = new Int32Array((offset + total) * 2)
    larger.set(prints.subarray(0, offset))
    prints = larger
  }
  const {ends, hashes} = words
  const powers = powersUpTo(ends[first + count - 1]! - origin)
  // A shingle's hash from the prefix hashes at its ends (`hash.ts`): P(end) − P(start) × B^n.
  let start = origin
  let startHash = 0
  for (let index = 0; index < total; index++) {
    const last = first + index + K - 1
    const end = ends[last]!
    const shingle = hashes[last]! - Math.imul(startHash, powers[end - start]!)
    shingles[W - 1 + index] = shingle & 0x3fffffff
    // The next shingle starts after this one's first word and its space.
    start = ends[first + index]! + 1
    startHash = (Math.imul(hashes[first + index]!, base) + 32) | 0
  }
  for (let pad = 0; pad < W - 1; pad++) {
    shingles[pad] = -1
    shingles[W - 1 + total + pad] = -1
  }
  return select(total, offset)
}

/**
 * The fingerprints of the `total` shingles: the rightmost minimum of each window of `W`,
 * each once (Schleimer et al.). A shingle is one when the run around it that it wins (larger
 * hashes on its right, larger or equal on its left) is as long as a window, or the whole
 * unit when that is shorter. Read without branches, as the comparisons are coin tosses for
 * the CPU: for hashes under 2³⁰, (b − a) >>> 31 is 1 when a > b.
 */
function select(total: number, offset: number): number {
  const window = Math.min(W, total)
  let length = offset
  for (let index = W - 1; index < W - 1 + total; index++) {
    const value = shingles[index]!
    const right1 = (value - shingles[index + 1]!) >>> 31
    const right2 = right1 & ((value - shingles[index + 2]!) >>> 31)
    const right3 = right2 & ((value - shingles[index + 3]!) >>> 31)
    const left1 = ((shingles[index - 1]! - value) >>> 31) ^ 1
    const left2 = left1 & (((shingles[index - 2]! - value) >>> 31) ^ 1)
    const left3 = left2 & (((shingles[index - 3]! - value) >>> 31) ^ 1)
    const run = 1 + right1 + right2 + right3 + left1 + left2 + left3
    prints[length] = value
    length += ((run - window) >>> 31) ^ 1
  }
  return length - offset
}

/**
 * For each unit that is not an exact copy of an earlier one (`ids[i]` seen first at `i`),
 * find an earlier unit it nearly copies and give it that unit's id. Linear in the number of
 * words: each fingerprint is looked up once. Returns whether any unit was merged.
 */
export function mergeNearDuplicates(
  {list: units, words}: Units,
  ids: Int32Array,
  firstIndexOfId: readonly number[]
): boolean {
  if (sizes.length < units.length) {
    offsets = new Int32Array(units.length * 2)
    sizes = new Int32Array(units.length * 2)
    shared = new Int32Array(units.length * 2)
  }
  // All fingerprints first, so that the index holds as few slots as they need: its probes
  // land at random, and each slot fewer is a cache miss fewer.
  let total = 0
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    const read = unit.words >= nearMinWords && firstIndexOfId[ids[index]!] === index
    offsets[index] = total
    sizes[index] = read ? winnow(words, unit.origin, unit.firstWord, unit.words, total) : 0
    total += sizes[index]!
  }
  owners.reset(total)
  let merged = false
  for (let index = 0; index < units.length; index++) {
    const length = sizes[index]!
    for (let at = offsets[index]!; at < offsets[index]! + length; at++) {
      const other = owners.ownerOrClaim(prints[at]!, index)
      if (other === -1 || other === index) continue
      if (shared[other] === 0) others.push(other)
      shared[other] = shared[other]! + 1
    }
    let best = -1
    let bestShare = 0
    for (const other of others) {
      const share = shared[other]! / Math.max(length, sizes[other]!)
      if (share > bestShare || (share === bestShare && other < best)) {
        best = other
        bestShare = share
      }
      shared[other] = 0
    }
    others.length = 0
    if (best !== -1 && bestShare >= threshold) {
      ids[index] = ids[best]!
      merged = true
    }
  }
  return merged
}
