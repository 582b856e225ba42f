/**
 * What the word lists say about a lower-case word, as bits of one number: a name is read by
 * asking up to a dozen lists about each word, and one lookup per word is much cheaper than one
 * per list. The titles differ from lexicon to lexicon (a rule's `titles` option adds some), so
 * there is one table per lexicon.
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

let shared: Map<string, number> | undefined
const byLexicon = new WeakMap<TitleLexicon, Classify>()

/** The classifier for a lexicon. */
export function classifier(titles: TitleLexicon): Classify {
  let classify = byLexicon.get(titles)
  if (!classify) {
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
    const lookup = compactTable(table)
    classify = (lower, capital) => {
      if (!capital && (links[shape(lower) >>> 5]! & (1 << (shape(lower) & 31))) === 0) return 0
      return lookup(lower)
    }
    byLexicon.set(titles, classify)
  }
  return classify
}

/**
 * A word's bits from `table`, by a hand-made hash table in typed arrays rather than `Map.get`:
 * a capitalised word is looked up on every use, and a Map of thousands of strings costs a
 * cache miss on each of the several objects a lookup reads (bucket, entry, key). Here a
 * lookup reads one slot (hash, bits, and where the key is) and, when the hash matches, the
 * key's characters, all from two flat arrays. A word is found only when its characters equal
 * the key's, as with the Map.
 */
function compactTable(table: ReadonlyMap<string, number>): (word: string) => number {
  let size = 8
  while (size < table.size * 2) size *= 2
  const mask = size - 1
  // Four numbers per slot: hash (0 when empty), bits, start of the key in `chars`, key length.
  const slots = new Int32Array(size * 4)
  let total = 0
  for (const key of table.keys()) total += key.length
  const chars = new Uint16Array(total)
  let used = 0
  for (const [key, bits] of table) {
    const hash = hashOf(key)
    let slot = hash & mask
    while (slots[slot * 4] !== 0) slot = (slot + 1) & mask
    slots[slot * 4] = hash
    slots[slot * 4 + 1] = bits
    slots[slot * 4 + 2] = used
    slots[slot * 4 + 3] = key.length
    for (let index = 0; index < key.length; index++) chars[used++] = key.charCodeAt(index)
  }
  return (word) => {
    const hash = hashOf(word)
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 4
      const stored = slots[at]!
      if (stored === 0) return 0
      if (
        stored === hash &&
        slots[at + 3] === word.length &&
        sameChars(word, chars, slots[at + 2]!)
      ) {
        return slots[at + 1]!
      }
    }
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

function sameChars(word: string, chars: Uint16Array, start: number): boolean {
  for (let index = 0; index < word.length; index++) {
    if (chars[start + index] !== word.charCodeAt(index)) return false
  }
  return true
}

const shapes = 1 << 14

/** A word's length (up to 15) and its first and last code units (5 bits each), in 14 bits. */
function shape(text: string): number {
  const first = text.charCodeAt(0) & 0x1f
  const last = text.charCodeAt(text.length - 1) & 0x1f
  return (((first << 5) | last) << 4) | Math.min(text.length, 15)
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
  mark(daleChall, familiar)
  return table
}
