/**
 * What the word lists say about a lower-case word, as bits of one number: a name is read by
 * asking up to a dozen lists about each word, and one lookup per word is much cheaper than one
 * per list. The titles differ from lexicon to lexicon (a rule's `titles` option adds some), so
 * there is one table per lexicon. The list of familiar words, read for few words, has a table
 * of its own (`isFamiliar`).
 */
import {daleChall} from 'dale-chall'
import {familyNamesFirst, givenNames, nameParticles, nameSuffixes} from './names.js'
import {
  dateWords,
  descriptorWords,
  organisationWords,
  placeWords,
  sentenceWords
} from './not-people.js'
import {
  ambiguousTitles,
  courtesyTitles,
  formalTitles,
  titleModifiers,
  titleSynonyms
} from './titles.js'

/** The titles in use: the built-in lists plus any a rule's options add (lower case). */
export interface TitleLexicon {
  courtesy: ReadonlySet<string>
  formal: ReadonlySet<string>
}

export const defaultTitles: TitleLexicon = {courtesy: courtesyTitles, formal: formalTitles}

/** A courtesy or formal title of the lexicon. */
export const title = 1 << 0
/** A formal title of the lexicon. */
export const formal = 1 << 1
/** A title of the lexicon or a title modifier ("prime", "deputy"). */
export const titleWord = 1 << 2
/** A title modifier. */
export const modifier = 1 << 3
/** A title word of the built-in lexicon, whatever the lexicon in use. */
export const defaultTitleWord = 1 << 4
export const ambiguousTitle = 1 << 5
export const particle = 1 << 6
export const given = 1 << 7
export const familyFirst = 1 << 8
export const suffix = 1 << 9
export const place = 1 << 10
export const organisation = 1 << 11
export const descriptor = 1 << 12
export const date = 1 << 13
export const sentenceWord = 1 << 14
/** On the Dale–Chall list of familiar words. */
export const familiar = 1 << 15
/** A built-in courtesy title ("mr.", "dr."). */
export const courtesyTitle = 1 << 16
/** An abbreviated title with a full form ("sen." → "senator"). */
export const abbreviation = 1 << 17

/** Lower-case words that can lead into a run of names or sit inside one. */
export const link = titleWord | particle

/**
 * What the lists say about a word (its lower case, and whether it is capitalised). A word that
 * is neither capitalised nor a title word or particle gets 0 whatever the lists say: no run of
 * names holds it, and only the words of runs are asked about. Most words are such words, and
 * their shape (length, first and last letter) tells them without a lookup.
 */
export type Classify = (lower: string, capital: boolean) => number

/**
 * `Classify` for the word written `raw[from, to)`, in any case, without making its lower case
 * (ASCII capitals are read as lower case; a word with other characters is lowered first, for
 * `toLowerCase` to tell their case), and without `familiar`: see `isFamiliar`.
 */
export type ClassifyAt = (raw: string, from: number, to: number, capital: boolean) => number

interface Classifiers {
  classify: Classify
  classifyAt: ClassifyAt
  warm: () => void
}

let shared: Map<string, number> | undefined
let familiarWords: WordTable | undefined
const byLexicon = new WeakMap<TitleLexicon, Classifiers>()

/** The classifier for a lexicon. */
export function classifier(titles: TitleLexicon): Classify {
  return classifiersOf(titles).classify
}

/** The classifier of words as written for a lexicon (see `ClassifyAt`). */
export function classifierAt(titles: TitleLexicon): ClassifyAt {
  return classifiersOf(titles).classifyAt
}

/**
 * Read the lexicon's word table once, in order, before the words of an article are looked up.
 * The table is out of the processor's caches at every article (the parse in between fills
 * them), and each word looked up reads a place in it that no other word of the article reads:
 * read in order, its 40 kB cost less than the misses they save (the analysis costs about 6%
 * less than without; the table of all the lists, ten times the size, cost more to read).
 */
export function warmClassifier(titles: TitleLexicon): void {
  classifiersOf(titles).warm()
}

/**
 * Whether a word (lower case) is on the Dale–Chall list of familiar words: the only list read
 * for a sentence's first words alone ("Officially", "Young"), and most of the words. Kept out of
 * the table every capitalised word is looked up in, that table is small enough to be read
 * whole at every article (see `warmClassifier`).
 */
export function isFamiliar(lower: string): boolean {
  familiarWords ??= new WordTable(new Map(daleChall.map((word) => [word, familiar])))
  return familiarWords.get(lower) !== 0
}

function classifiersOf(titles: TitleLexicon): Classifiers {
  let classifiers = byLexicon.get(titles)
  if (!classifiers) {
    classifiers = makeClassifiers(titles)
    byLexicon.set(titles, classifiers)
  }
  return classifiers
}

function makeClassifiers(titles: TitleLexicon): Classifiers {
  shared ??= sharedTable()
  const table = new Map(shared)
  const mark = (words: Iterable<string>, bits: number): void => {
    for (const word of words) table.set(word, (table.get(word) ?? 0) | bits)
  }
  mark(titles.courtesy, title | titleWord)
  mark(titles.formal, title | formal | titleWord)
  const links = new Uint32Array(shapes / 32)
  for (const [word, bits] of table) {
    if ((bits & link) !== 0) links[shape(word) >>> 5]! |= 1 << (shape(word) & 31)
  }
  const isLink = (wordShape: number): boolean =>
    (links[wordShape >>> 5]! & (1 << (wordShape & 31))) !== 0
  const words = new WordTable(table)
  const classifyAt: ClassifyAt = (raw, from, to, capital) => {
    const wordShape = shapeAt(raw, from, to)
    if (wordShape < 0) {
      const lower = raw.slice(from, to).toLowerCase()
      return !capital && !isLink(shape(lower)) ? 0 : words.get(lower)
    }
    if (!capital && !isLink(wordShape)) return 0
    return words.getAt(raw, from, to)
  }
  return {
    classify: (lower, capital) => {
      if (!capital && !isLink(shape(lower))) return 0
      return words.get(lower) | (isFamiliar(lower) ? familiar : 0)
    },
    classifyAt,
    warm: () => {
      read.sum ^= words.warm() ^ readAll(links)
    }
  }
}

/** What `warm` read, kept so that the reads are not left out as useless. */
const read = {sum: 0}

/** One number of each 64 bytes of `array`, to bring it into the caches (see `warmClassifier`). */
function readAll(array: Int32Array | Uint32Array | Uint16Array): number {
  const step = 64 / array.BYTES_PER_ELEMENT
  let sum = 0
  for (let index = 0; index < array.length; index += step) sum ^= array[index]!
  return sum
}

/**
 * Words and their bits, in a hand-made hash table of typed arrays rather than a Map: a
 * capitalised word is looked up on every use, and a Map of thousands of strings costs a cache
 * miss on each of the several objects a lookup reads (bucket, entry, key). Here a lookup reads
 * one slot (hash, bits, and where the key is) and, when the hash matches, the key's
 * characters, all from two flat arrays. A word is found only when its characters equal the
 * key's, as with the Map.
 */
class WordTable {
  private readonly mask: number
  /** Four numbers per slot: the hash (0 when empty), the bits, where the key starts in `chars`, its length. */
  private readonly slots: Int32Array
  private readonly chars: Uint16Array

  constructor(table: ReadonlyMap<string, number>) {
    // At most two thirds full: a word that is not there is told after a few slots.
    let size = 8
    while (size * 2 < table.size * 3) size *= 2
    this.mask = size - 1
    this.slots = new Int32Array(size * 4)
    let total = 0
    for (const key of table.keys()) total += key.length
    this.chars = new Uint16Array(total)
    let used = 0
    for (const [key, bits] of table) {
      const hash = hashOf(key)
      let slot = hash & this.mask
      while (this.slots[slot * 4] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot * 4] = hash
      this.slots[slot * 4 + 1] = bits
      this.slots[slot * 4 + 2] = used
      this.slots[slot * 4 + 3] = key.length
      for (let index = 0; index < key.length; index++) this.chars[used++] = key.charCodeAt(index)
    }
  }

  /** The bits of `word` (lower case), 0 when it is not in the table. */
  get(word: string): number {
    const hash = hashOf(word)
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * 4
      const stored = this.slots[at]!
      if (stored === 0) return 0
      if (stored === hash && this.slots[at + 3] === word.length && this.isKey(word, at)) {
        return this.slots[at + 1]!
      }
    }
  }

  /**
   * `get` for the lower case of the ASCII text `raw[from, to)`. (Apart from `get`, which reads
   * the characters of many small strings: this one reads the file's text.)
   */
  getAt(raw: string, from: number, to: number): number {
    const hash = hashAt(raw, from, to)
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * 4
      const stored = this.slots[at]!
      if (stored === 0) return 0
      if (stored === hash && this.slots[at + 3] === to - from && this.isKeyAt(raw, from, at)) {
        return this.slots[at + 1]!
      }
    }
  }

  /** Read the whole table (see `warmClassifier`). */
  warm(): number {
    return readAll(this.slots) ^ readAll(this.chars)
  }

  private isKey(word: string, at: number): boolean {
    const start = this.slots[at + 2]!
    for (let index = 0; index < word.length; index++) {
      if (this.chars[start + index] !== word.charCodeAt(index)) return false
    }
    return true
  }

  /** Whether `raw[from, …)` as lower case is the key of the slot at `at` (its length checked). */
  private isKeyAt(raw: string, from: number, at: number): boolean {
    const start = this.slots[at + 2]!
    const length = this.slots[at + 3]!
    for (let index = 0; index < length; index++) {
      if (this.chars[start + index] !== lowerCode(raw.charCodeAt(from + index))) return false
    }
    return true
  }
}

/** FNV-1a over the UTF-16 code units, never 0 (0 marks an empty slot). */
function hashOf(word: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < word.length; index++) {
    hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193)
  }
  return hash === 0 ? 1 : hash
}

/** `hashOf` of the lower case of the ASCII text `raw[from, to)`. */
function hashAt(raw: string, from: number, to: number): number {
  let hash = 0x811c9dc5
  for (let index = from; index < to; index++) {
    hash = Math.imul(hash ^ lowerCode(raw.charCodeAt(index)), 0x01000193)
  }
  return hash === 0 ? 1 : hash
}

/** An ASCII capital as lower case; any other code unit as it is. */
function lowerCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code
}

const shapes = 1 << 14

/**
 * A word's length (up to 15) and its first and last code units (5 bits each), in 14 bits. The
 * five bits of a letter are those of its capital too: a word as written has the shape of its
 * lower case.
 */
function shape(text: string): number {
  const first = text.charCodeAt(0) & 0x1f
  const last = text.charCodeAt(text.length - 1) & 0x1f
  return (((first << 5) | last) << 4) | Math.min(text.length, 15)
}

/** `shape` of the text `raw[from, to)` (not empty), or -1 when it is not all ASCII. */
function shapeAt(raw: string, from: number, to: number): number {
  for (let index = from; index < to; index++) if (raw.charCodeAt(index) >= 0x80) return -1
  const first = raw.charCodeAt(from) & 0x1f
  const last = raw.charCodeAt(to - 1) & 0x1f
  return (((first << 5) | last) << 4) | Math.min(to - from, 15)
}

/** The bits that do not depend on the lexicon. */
function sharedTable(): Map<string, number> {
  const table = new Map<string, number>()
  const mark = (words: Iterable<string>, bits: number): void => {
    for (const word of words) table.set(word, (table.get(word) ?? 0) | bits)
  }
  mark(titleModifiers, titleWord | modifier | defaultTitleWord)
  mark(courtesyTitles, defaultTitleWord | courtesyTitle)
  mark(titleSynonyms.keys(), abbreviation)
  mark(formalTitles, defaultTitleWord)
  mark(ambiguousTitles, ambiguousTitle)
  mark(nameParticles, particle)
  mark(givenNames, given)
  mark(familyNamesFirst, familyFirst)
  mark(nameSuffixes, suffix)
  mark(placeWords, place)
  mark(organisationWords, organisation)
  mark(descriptorWords, descriptor)
  mark(dateWords, date)
  mark(sentenceWords, sentenceWord)
  return table
}
