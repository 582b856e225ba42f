/**
 * Hashes of normalised text, made while reading it, without making the normalised string:
 * most lines of an article occur once, and building, lower-casing and comparing a key string
 * for each of them was most of the analysis's cost. Written by hand for that reason.
 *
 * The hash is polynomial: P(i) = P(i − 1) × B + c(i) over the key's characters, mod 2³². So
 * the hash of any stretch of the key follows from the prefix hashes at its two ends, and
 * `Words` keeps the prefix hash where each word ends: the whole unit's hash is the last one,
 * and winnowing (`winnow.ts`) gets the hash of any run of words from two of them, without
 * reading the text again. Such hashes collide on crafted text (a Thue–Morse word of 128
 * letters and its complement hash alike mod 2³²): units whose hashes meet are compared by
 * their keys (`index.ts`); fingerprints are not, so crafted text could pass for a near copy.
 *
 * `hashKey` reads a key (`normalize`'s output: lower case, words apart by single spaces).
 * `hashLine` reads a line of the file whose key it can read off directly, character by
 * character (no `&nbsp`, words apart by single spaces, ...): there each character stands for
 * one of the key, which `hashLine` takes on the fly. A test checks both readings agree.
 */
import {residueCharacter, residuePairs} from '../residue-starts.js'
import {normalize} from './normalize.js'

/** The base: odd, so multiplying by it loses nothing mod 2³². */
export const base = 0x01000193

/** In a character's info: bits 0–15 the key's character, bit 16 this flag, then pairs. */
const spaceFlag = 1 << 16

/**
 * Pairs of characters, as bit 17 + n of the first one's info and bit 24 + n of the second
 * one's, for pair n: one shift, AND and OR per character finds them all.
 * - Pair 0: any character and an unusual one, what `normalize` may change or change around
 *   it. Every character is the first of it, and so is the line's start.
 * - Pair 1: two spaces, which `normalize` makes one.
 * - The others may start scrape residue (`../residue-starts.ts`), noted while the line is read
 *   anyway, so that `scrape-residue` need not read the whole file again.
 * A line with pair 0 or 1 takes the long way, which looks for residue itself: characters that
 * are residue on their own are unusual, and so is `&`, whose pair is left out here.
 */
const pairs: ReadonlyArray<readonly [first: string, second: string]> = [
  [' ', ' '],
  ...residuePairs.filter(([first]) => first !== '&')
]
if (pairs.length > 6) throw new Error('Unexpected pairs past bit 31')
const pairShift = 7
const anyCharacter = 1 << 17
/** The info of an unusual character: the second of pair 0, and the first like any other. */
const unusualInfo = (1 << 24) | anyCharacter
const longWay = (1 << 24) | (1 << 25)
const residuePair = 0x1f << 26

/** The pair bits of a character (but pair 0's second). */
function pairBits(code: number): number {
  const character = String.fromCharCode(code)
  let bits = anyCharacter
  for (const [n, [first, second]] of pairs.entries()) {
    if (first.includes(character)) bits |= 1 << (18 + n)
    if (second.includes(character)) bits |= 1 << (25 + n)
  }
  return bits
}

/**
 * Per ASCII character: the key's character (capitals lower-cased) and its flags. Unusual:
 * `&` (of `&nbsp`), white space other than a space, the backtick, which `normalize` makes an
 * apostrophe in a line that has a character past ASCII, and control characters (residue).
 */
const asciiInfo = new Int32Array(128)
for (let code = 0; code < 128; code++) {
  asciiInfo[code] = (code >= 65 && code <= 90 ? code + 32 : code) | pairBits(code)
  if (residueCharacter.test(String.fromCharCode(code))) asciiInfo[code]! |= unusualInfo
}
asciiInfo[32]! |= spaceFlag
for (const code of [9, 11, 12, 38, 96]) asciiInfo[code]! |= unusualInfo

/** Info of characters past ASCII met so far (a few hundred in a corpus of articles). */
const pastAsciiInfo = new Map<number, number>()
/** Marks and Hangul jamo: under NFKC they compose with the characters around them. */
const composing = /[\p{M}\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]/u

/**
 * The info of a character past ASCII, taken from what `normalize` makes of it inside, at the
 * end and at the start of a word: it must be one character, the same in all three (capital
 * sigma is not: "Σ" ends a word as "ς"), and not a space or what is unusual in ASCII.
 * Anything else (`\u00ad`, `…`, `ﬁ`, white space, `¨`, which NFKC makes a space and a mark)
 * would change the line around it.
 */
function infoPastAscii(code: number): number {
  let info = pastAsciiInfo.get(code)
  if (info === undefined) {
    const character = String.fromCharCode(code)
    // A surrogate is half of a character: the long way reads it whole.
    const surrogate = code >= 0xd800 && code <= 0xdfff
    info = unusualInfo
    if (!surrogate && !composing.test(character)) {
      const inside = normalize(`a${character}a`)
      const end = normalize(`a${character} a`)
      const start = normalize(`a ${character}a`)
      const key = inside[1] ?? ''
      const one = key.charCodeAt(0)
      // An ASCII character that is unusual in a line is no less so when NFKC makes it (a
      // full-width `＆` before "nbsp").
      const plain = one > 127 || (asciiInfo[one]! & (spaceFlag | unusualInfo)) === anyCharacter
      const alike = `a${key}a` === inside && `a${key} a` === end && `a ${key}a` === start
      if (key.length === 1 && plain && alike) info = one
    }
    info =
      residueCharacter.test(character) || info === unusualInfo ? unusualInfo : info | pairBits(code)
    pastAsciiInfo.set(code, info)
  }
  return info
}

/** Where each word of the units read so far ends, and the prefix hash there. */
export class Words {
  /** Offset after the word's last character, in the text it was read from. */
  ends = new Int32Array(1024)
  /** P(end): the hash of the text read from the unit's start to the word's end. */
  hashes = new Int32Array(1024)
  count = 0
  /**
   * Whether the last line `hashLine` read holds a pair that may start scrape residue (see
   * `pairs`): its words are read here, and this comes with them.
   */
  residue = false

  /** Make room for `more` words after `count`. */
  reserve(more: number): void {
    if (this.count + more <= this.ends.length) return
    let size = this.ends.length * 2
    while (size < this.count + more) size *= 2
    const ends = new Int32Array(size)
    const hashes = new Int32Array(size)
    ends.set(this.ends)
    hashes.set(this.hashes)
    this.ends = ends
    this.hashes = hashes
  }
}

/**
 * Hash a line of the file from `from` to `to` (which start and end with visible text) as its
 * key reads, adding each word's end to `words`. Returns the hash, or `undefined` (and adds no
 * words) when the line holds what makes its key more than the line lower-cased, character by
 * character (`&`, white space other than single spaces, `…`, a mark, a list marker past
 * ASCII): the caller then normalises the line itself.
 */
export function hashLine(doc: string, from: number, to: number, words: Words): number | undefined {
  // A line opening past ASCII may open with a list marker ("– ", "• ").
  if (doc.charCodeAt(from) > 127) return undefined
  // At most one word per two characters, and the last one.
  words.reserve(((to - from + 1) >> 1) + 1)
  const {ends, hashes} = words
  let count = words.count
  let hash = 0
  let previous = anyCharacter
  let pairsSeen = 0
  // No branch on the characters, which are unpredictable (spaces, capitals) and would cost
  // the CPU more than the hashing: each character's end is written, and kept (`count`
  // moves on) only at a space.
  for (let index = from; index < to; index++) {
    const code = doc.charCodeAt(index)
    // Past ASCII is rare enough in English to be worth a branch.
    const info = code > 127 ? infoPastAscii(code) : asciiInfo[code]!
    pairsSeen |= (previous << pairShift) & info
    ends[count] = index
    hashes[count] = hash
    count += (info >> 16) & 1
    hash = (Math.imul(hash, base) + (info & 0xffff)) | 0
    previous = info
  }
  if ((pairsSeen & longWay) !== 0) return undefined
  words.residue = (pairsSeen & residuePair) !== 0
  return end(words, count, to, hash)
}

/** Hash a key (`normalize`'s output, not empty) as `hashLine` does, adding its words. */
export function hashKey(key: string, words: Words): number {
  words.reserve(((key.length + 1) >> 1) + 1)
  const {ends, hashes} = words
  let count = words.count
  let hash = 0
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index)
    ends[count] = index
    hashes[count] = hash
    // 1 for a space, 0 for any other character.
    count += ((code ^ 32) - 1) >>> 31
    hash = (Math.imul(hash, base) + code) | 0
  }
  return end(words, count, key.length, hash)
}

/** Add the last word, ending at `to` where the whole text's hash is `hash`. */
function end(words: Words, count: number, to: number, hash: number): number {
  words.ends[count] = to
  words.hashes[count] = hash
  words.count = count + 1
  return hash
}

/** Powers of the base: B^n at n. */
let powers = new Int32Array([1])

/** Powers of the base up to at least B^n. */
export function powersUpTo(n: number): Int32Array {
  if (n >= powers.length) {
    const larger = new Int32Array(Math.max(n + 1, powers.length * 2))
    larger.set(powers)
    for (let index = powers.length; index < larger.length; index++) {
      larger[index] = Math.imul(larger[index - 1]!, base)
    }
    powers = larger
  }
  return powers
}
