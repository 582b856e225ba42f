/**
 * Word classes: which of the analysis's word lists a token's `normal` form belongs to, as
 * bits, found with one look-up per token for all lists (`QuoteParagraph.classes`). A module
 * declares its list with `wordClass(words)` and tests a token with `classes(index) & BIT`.
 *
 * Why not a `Set` per list: a look-up made the token's normal form (a string) and then probed
 * one hash table per list, each a few cache misses when the table is cold, as it is for every
 * article after the parse. Here a plain ASCII token (most) is hashed from the file's text and
 * compared with one entry of one small table: no string made, one table for every list.
 */

/** Read through this constant: see `charCodeAt` in tokens.ts. */
const charCodeAt = String.prototype.charCodeAt

/** Every word of every class, by its normal form. */
const byWord = new Map<string, number>()
let classCount = 0
let table: Table | undefined

/**
 * A new class of words (lower case, as `normal` gives them): its bit. At most 30 classes, so
 * that a token's bits plus one fit the cache of `tokens.ts`.
 */
export function wordClass(words: Iterable<string>): number {
  if (classCount === 30) throw new Error('quotes: too many word classes')
  if (table !== undefined) throw new Error('quotes: word classes declared after first use')
  const bit = 1 << classCount++
  for (const word of words) byWord.set(word, (byWord.get(word) ?? 0) | bit)
  return bit
}

/** The classes of a word whose normal form is `word`. */
export function classesOfWord(word: string): number {
  return byWord.get(word) ?? 0
}

/**
 * The classes of the plain ASCII word `text` from `start` to `end` (letters or digits at both
 * ends), whose lower case is its normal form; `key` is its hash (`keyOf` in tokens.ts).
 */
export function classesOfPlain(text: string, start: number, end: number, key: number): number {
  return (table ??= new Table()).find(text, start, end, key)
}

/**
 * The shape of a token: its first and last characters (lower case) and its length, packed
 * into a number below `shapeCount`, or -1 when either character is not an ASCII letter or
 * digit. A token whose normal form is a word has the word's shape, or -1: with such
 * characters at both ends, `normal` trims nothing and lower-casing keeps both ends ASCII and
 * the length the same (but for "İ", whose lower case adds a combining dot, U+0307).
 */
export function shapeOf(text: string, start: number, end: number): number {
  if (end <= start) return -1
  const first = shapeSymbol(charCodeAt.call(text, start))
  const last = shapeSymbol(charCodeAt.call(text, end - 1))
  if (first === -1 || last === -1) return -1
  return (first * 27 + last) * 16 + Math.min(end - start, 15)
}

const shapeCount = 27 * 27 * 16

/** a–z (either case) as 0–25, any digit as 26, anything else -1. */
function shapeSymbol(code: number): number {
  const lower = code | 0x20
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61
  return code >= 0x30 && code <= 0x39 ? 26 : -1
}

/**
 * Which shapes (`shapeOf`) the words of some classes have: a token of another shape is in
 * none of them, told from two of its characters and its length. A caller that wants only a
 * few classes (the cue words) tests this first: most tokens it reads are in none of them, and
 * for those it costs neither the hash of every character nor a probe of the table, which is
 * cold for each article (1.4 KB of bits instead).
 */
export class ShapeFilter {
  private readonly bits = new Uint32Array(shapeCount / 32)
  /**
   * A word with a combining dot above, as in the lower case of "İ": a token may be it with a
   * length of its own (see `shapeOf`), so every token may be it. No list has one.
   */
  private readonly any: boolean

  /** The words of the classes `bits`, and `extra` words. */
  constructor(bits: number, extra: Iterable<string> = []) {
    let any = false
    const words = [...byWord].filter(([, classes]) => (classes & bits) !== 0).map(([w]) => w)
    for (const word of [...words, ...extra]) {
      if (word.includes('\u0307')) any = true
      // A word not starting and ending with an ASCII letter or digit ("&", "communiqué") can
      // only be a token of shape -1, which every filter lets through.
      const shape = shapeOf(word, 0, word.length)
      if (shape !== -1) this.bits[shape >>> 5]! |= 1 << (shape & 31)
    }
    this.any = any
  }

  /** Whether a token of shape `shape` may be one of the words (`false`: it is none). */
  mayHave(shape: number): boolean {
    return shape === -1 || this.any || (this.bits[shape >>> 5]! & (1 << (shape & 31))) !== 0
  }
}

/** `hashStep` over the lower case of `text` from `start` to `end`: the key of a plain word. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0
}

/** Whether `text` from `start` to `end`, lower-cased (ASCII), is `word`. */
export function sameLower(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false
  for (let index = 0; index < word.length; index++) {
    let code = charCodeAt.call(text, start + index)
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    if (code !== word.charCodeAt(index)) return false
  }
  return true
}

const keyBits = 16
export const keyMask = (1 << keyBits) - 1
/** Bits of the filter in front of the table: 2 KB. */
const filterBits = 1 << 14

/** Whether `word` is plain ASCII with a letter or digit at both ends (a key of its own). */
function isPlain(word: string): boolean {
  if (word.length === 0) return false
  for (let index = 0; index < word.length; index++) {
    if (word.charCodeAt(index) >= 0x80) return false
  }
  return isAlphanumeric(word.charCodeAt(0)) && isAlphanumeric(word.charCodeAt(word.length - 1))
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)
}

/**
 * The plain words, for look-ups that touch few cache lines (the table is cold for each
 * article): a 2 KB bit filter on the key first, which stays in cache and turns most tokens
 * away; then open addressing on the key, each slot holding the entry's key, classes, and
 * place and length in one string of all the words (a slot is one cache line, the words are
 * close together). Words that are not plain ASCII are only in `byWord`: a token that is not
 * plain is looked up by its normal form.
 */
class Table {
  private readonly filter = new Uint32Array(filterBits / 32)
  /** Per slot: key + 1 (0: empty), classes, start in `words`, length. */
  private readonly slots: Int32Array
  private readonly mask: number
  private readonly words: string

  constructor() {
    const plain = [...byWord.keys()].filter(isPlain)
    let size = 64
    while (size < (plain.length * 4) / 3) size *= 2
    this.slots = new Int32Array(size * 4)
    this.mask = size - 1
    let words = ''
    for (const word of plain) {
      let key = 0
      for (let index = 0; index < word.length; index++) key = hashStep(key, word.charCodeAt(index))
      key &= keyMask
      this.filter[(key & (filterBits - 1)) >>> 5]! |= 1 << (key & 31)
      let slot = key & this.mask
      while (this.slots[slot * 4] !== 0) slot = (slot + 1) & this.mask
      this.slots.set([key + 1, byWord.get(word)!, words.length, word.length], slot * 4)
      words += word
    }
    this.words = words
  }

  find(text: string, start: number, end: number, key: number): number {
    if ((this.filter[(key & (filterBits - 1)) >>> 5]! & (1 << (key & 31))) === 0) return 0
    const {slots} = this
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * 4
      const stored = slots[at]! - 1
      if (stored === -1) return 0
      if (stored === key && this.matches(slots[at + 2]!, slots[at + 3]!, text, start, end)) {
        return slots[at + 1]!
      }
    }
  }

  private matches(from: number, length: number, text: string, start: number, end: number) {
    if (length !== end - start) return false
    for (let index = start; index < end; index++) {
      let code = charCodeAt.call(text, index)
      if (code >= 0x41 && code <= 0x5a) code += 0x20
      if (code !== this.words.charCodeAt(from + index - start)) return false
    }
    return true
  }
}
