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
    classify = (lower, capital) => {
      if (!capital && (links[shape(lower) >>> 5]! & (1 << (shape(lower) & 31))) === 0) return 0
      return table.get(lower) ?? 0
    }
    byLexicon.set(titles, classify)
  }
  return classify
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
