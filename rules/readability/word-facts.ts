/**
 * What the readability formulas need to know about a word as written, memoised across files:
 * news repeats the same words, and syllable counting (syllable → pluralize, normalize-strings)
 * is costly.
 *
 * Written by hand rather than as a `Map<string, …>`: one `Map.get` per word on a map of the
 * ~40,000 words of the corpus cost about 0.4× a bare parse, nearly all of it cache misses
 * (bucket, entry, key string, value object: four places in the heap per word). Here a word is
 * one probe into one typed array, where the fingerprint and the facts sit side by side.
 * A word is known by a 64-bit fingerprint (two independent 32-bit hashes) instead of its
 * text: comparing the text again would be another miss per word. Two different words share
 * a fingerprint with odds of about n² / 2⁶⁴ (10⁻¹⁰ for the corpus's 40,000 words); they would
 * then share a syllable count.
 */
import {daleChall} from 'dale-chall'
import {spache} from 'spache'
import {syllable} from 'syllable'

/** Index of each word of a list (lower case), for distinct counts without a Set per sentence. */
function indexOf(list: readonly string[]): Map<string, number> {
  return new Map(list.map((word, index) => [word, index]))
}

/** Spache's list of familiar words. */
export const familiarWords = indexOf(spache)
/** Dale–Chall's list of easy words. */
export const easyWords = indexOf(daleChall)

// One slot is four int32s: two hashes, then the packed facts (see `facts`).
const stride = 4
const initialSlots = 1 << 15
/** At most this many words are kept; then the table starts again empty. */
const maxWords = 1 << 17

let slots = new Int32Array(initialSlots * stride)
let mask = initialSlots - 1
let words = 0

/** Where the facts of `word` are (for the `…At` readers), made on first sight. */
export function lookUp(word: string): number {
  // FNV-1a and a multiply–rotate hash, side by side in one pass over the characters.
  let first = 0x811c9dc5
  let second = 0x9747b28c
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    first = Math.imul(first ^ code, 0x01000193)
    second = Math.imul(second ^ code, 0x5bd1e995)
    second = (second << 13) | (second >>> 19)
  }
  // A zero first hash marks an empty slot.
  first |= 1
  second ^= word.length
  let slot = first & mask
  for (;;) {
    const at = slot * stride
    const stored = slots[at]!
    if (stored === first && slots[at + 1] === second) return at
    if (stored === 0) return add(word, first, second)
    slot = (slot + 1) & mask
  }
}

/** Syllables of the word at `at` (a `lookUp` result). */
export function syllablesAt(at: number): number {
  return slots[at + 2]! >>> 1
}

/** Whether the word at `at` has three or more syllables and is not capitalised (Gunning fog). */
export function complexAt(at: number): boolean {
  return (slots[at + 2]! & 1) !== 0
}

/** Index of the word at `at` in the Spache list, or -1. */
export function familiarAt(at: number): number {
  return (slots[at + 3]! & 0xffff) - 1
}

/** Index of the word at `at` in the Dale–Chall list, or -1. */
export function easyAt(at: number): number {
  return (slots[at + 3]! >>> 16) - 1
}

function add(word: string, first: number, second: number): number {
  if (words >= maxWords) reset(initialSlots)
  else if ((words + 1) * 2 > mask + 1) grow()
  words++
  let slot = first & mask
  while (slots[slot * stride] !== 0) slot = (slot + 1) & mask
  const at = slot * stride
  const lower = word.toLowerCase()
  const count = syllable(word)
  const complex = count >= 3 && word.charCodeAt(0) === lower.charCodeAt(0)
  slots[at] = first
  slots[at + 1] = second
  slots[at + 2] = (count << 1) | (complex ? 1 : 0)
  slots[at + 3] =
    ((familiarWords.get(lower) ?? -1) + 1) | (((easyWords.get(lower) ?? -1) + 1) << 16)
  return at
}

/** Double the table, moving every word to its slot in the larger one. */
function grow(): void {
  const old = slots
  reset((mask + 1) * 2)
  for (let at = 0; at < old.length; at += stride) {
    if (old[at] === 0) continue
    let slot = old[at]! & mask
    while (slots[slot * stride] !== 0) slot = (slot + 1) & mask
    slots.set(old.subarray(at, at + stride), slot * stride)
    words++
  }
}

function reset(size: number): void {
  slots = new Int32Array(size * stride)
  mask = size - 1
  words = 0
}
