/**
 * Near-duplicates that differ inside a unit ("3 hours ago" / "4 hours ago", a changed word):
 * winnowing over word shingles, as MOSS does (Schleimer, Wilkerson and Aiken, SIGMOD 2003).
 * Each unit's k-word shingles are hashed; of every window of `w` consecutive shingle hashes
 * the smallest is kept as a fingerprint. An index from fingerprint to the first unit that had
 * it finds, in one pass and without comparing units pairwise, the earlier unit sharing the
 * most fingerprints; above a threshold the later unit is taken as a copy of it.
 */
import type {Unit} from './units.js'

/** Words per shingle. */
const K = 5
/** Shingle hashes per winnowing window: any shared run of K + W − 1 words is detected. */
const W = 4
/** Units shorter than this are compared exactly only: a shingle or two says little. */
export const nearMinWords = 10
/** Share of the larger fingerprint set two units must have in common. */
const threshold = 0.7

/** Word and shingle hashes of the unit being fingerprinted; grown as needed. */
let words = new Int32Array(256)
let shingles = new Int32Array(256)

/**
 * The winnowed fingerprints of a normalised text (words apart by single spaces), as 30-bit
 * numbers: small integers keep the index a fast `Map`.
 */
export function fingerprints(key: string): number[] {
  // FNV-1a of each word, in one pass over the characters.
  let count = 0
  let hash = 0x811c9dc5
  let inWord = false
  for (let index = 0; index <= key.length; index++) {
    const code = index === key.length ? 32 : key.charCodeAt(index)
    if (code === 32) {
      if (inWord) {
        if (count === words.length) words = grow(words)
        words[count++] = hash
      }
      hash = 0x811c9dc5
      inWord = false
    } else {
      hash = Math.imul(hash ^ code, 0x01000193)
      inWord = true
    }
  }

  const total = count - K + 1
  if (total <= 0) return []
  if (shingles.length < total) shingles = new Int32Array(words.length)
  for (let index = 0; index < total; index++) {
    let shingle = 0x811c9dc5
    for (let offset = 0; offset < K; offset++) {
      shingle = Math.imul(shingle ^ words[index + offset]!, 0x01000193)
    }
    shingles[index] = shingle & 0x3fffffff
  }

  // The rightmost minimum of each window, recorded when it changes (Schleimer et al.).
  const result: number[] = []
  let chosen = -1
  for (let end = Math.min(W, total); end <= total; end++) {
    let minimum = end - 1
    for (let index = end - 2; index >= Math.max(0, end - W); index--) {
      if (shingles[index]! < shingles[minimum]!) minimum = index
    }
    if (minimum !== chosen) {
      chosen = minimum
      result.push(shingles[minimum]!)
    }
  }
  return result
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}

/**
 * For each unit that is not an exact copy of an earlier one (`ids[i]` seen first at `i`),
 * find an earlier unit it nearly copies and give it that unit's id. Linear in the number of
 * words: each fingerprint is looked up once.
 */
export function mergeNearDuplicates(
  units: readonly Unit[],
  ids: Int32Array,
  firstIndexOfId: readonly number[]
): void {
  const owner = new Map<number, number>()
  const sizes = new Map<number, number>()
  const counts = new Map<number, number>()
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    if (unit.words < nearMinWords || firstIndexOfId[ids[index]!] !== index) continue
    const prints = fingerprints(unit.key)
    counts.clear()
    for (const print of prints) {
      const other = owner.get(print)
      if (other === undefined) owner.set(print, index)
      else if (other !== index) counts.set(other, (counts.get(other) ?? 0) + 1)
    }
    let best = -1
    let bestShare = 0
    for (const [other, shared] of counts) {
      const share = shared / Math.max(prints.length, sizes.get(other)!)
      if (share > bestShare || (share === bestShare && other < best)) {
        best = other
        bestShare = share
      }
    }
    sizes.set(index, prints.length)
    if (best !== -1 && bestShare >= threshold) ids[index] = ids[best]!
  }
}
