/**
 * What kind of speaker a phrase names: a person ("Dr. Park Won Gon", "Park"), a pronoun, an
 * organisation or document ("the ministry"), a description ("the treasurer", "a farmer") or an
 * unnamed source ("a senior government official", "sources", "an aide who asked not to be
 * named").
 */
import {
  anonymityMarkers,
  anonymousHeads,
  capitalisedCommon,
  indefiniteDeterminers,
  organisationHeads,
  pronouns,
  vagueSourceHeads
} from './lexicon.js'
import {wordClass} from './classes.js'
import {isCapitalisedAt} from './tokens.js'
import type {QuoteParagraph, SpeakerKind} from './types.js'

/** Words that end the head noun phrase of a speaker ("a spokesman | for the council"). */
const headEnders: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'from',
  'with',
  'who',
  'whom',
  'that',
  'which',
  'in',
  'on',
  'close',
  'familiar',
  'briefed',
  'speaking',
  'working',
  'based',
  'involved',
  'inside',
  'within'
])

/** Possessive and definite determiners: "the official" refers back to someone. */
const definite: ReadonlySet<string> = new Set([
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'this',
  'that',
  'these',
  'those'
])

/** Titles and name particles that may sit inside a name. */
const nameParts: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'gen',
  'col',
  'capt',
  'sgt',
  'lt',
  'maj',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'jr',
  'sr',
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'y',
  'and',
  '&'
])

const HEAD_ENDER = wordClass(headEnders)
const DEFINITE = wordClass(definite)
const NAME_PART = wordClass(nameParts)
export const PRONOUN = wordClass(pronouns)
export const CAPITALISED_COMMON = wordClass(capitalisedCommon)
export const ORGANISATION_HEAD = wordClass(organisationHeads)
const ANONYMOUS_HEAD = wordClass(anonymousHeads)
/** A vague source's head noun ("sources", "officials"): claims.ts looks for it too. */
export const VAGUE_HEAD = wordClass(vagueSourceHeads)
const INDEFINITE = wordClass(indefiniteDeterminers)

export interface SpeakerReading {
  kind: SpeakerKind
  /** For anonymous speakers: whether it is a vague "sources say" source. */
  vague: boolean
}

/** The anonymity markers as one pattern: one scan of the phrase instead of one per marker. */
const anyAnonymityMarker = new RegExp(
  anonymityMarkers.map((marker) => marker.source).join('|'),
  'i'
)

/**
 * Classify a speaker phrase. `words` are the token indices of the phrase's words in
 * `paragraph`, `commas` the indices into `words` where a comma splits it; `text` is the phrase
 * as written (for anonymity markers).
 */
export function classifySpeaker(
  paragraph: QuoteParagraph,
  words: readonly number[],
  commas: readonly number[],
  text: string
): SpeakerReading {
  if (words.length === 0) return {kind: 'unknown', vague: false}
  if (anyAnonymityMarker.test(text)) return {kind: 'anonymous', vague: true}
  const pronoun = (paragraph.classes(words[0]!) & PRONOUN) !== 0
  if (words.length === 1 && pronoun) return {kind: 'pronoun', vague: false}
  if (pronoun && words.length > 1 && paragraph.is(words[1]!, 'of')) {
    return {kind: 'description', vague: false}
  }

  const segments = split(words, commas)
  const name = segments.find((segment) => isNameLike(paragraph, segment))
  if (name) return {kind: nameKind(paragraph, name), vague: false}

  const head = headOf(paragraph, segments[0]!)
  const headClasses = head ? paragraph.classes(head.word) : 0
  if (head && headClasses & ANONYMOUS_HEAD) {
    // "the official" and "the company's spokesman" refer back to someone or something named.
    const determiner = head.before[0] !== undefined ? paragraph.classes(head.before[0]) : 0
    const possessive = head.before.some((word) => /['\u2019]s?$/.test(paragraph.value(word)))
    if ((determiner & DEFINITE) === 0 && !possessive) {
      const counted = head.before.length === 0 || (determiner & INDEFINITE) !== 0
      return {
        kind: 'anonymous',
        vague:
          (headClasses & VAGUE_HEAD) !== 0 &&
          (counted || /s$/.test(paragraph.normal(head.word)) || isCountable(paragraph, head.before))
      }
    }
  }
  if (headClasses & ORGANISATION_HEAD) return {kind: 'organisation', vague: false}
  if (
    words.some(
      (word, index) =>
        isCapitalisedAt(paragraph, word) &&
        !(index === 0 && paragraph.classes(word) & CAPITALISED_COMMON)
    )
  ) {
    return {kind: headIsCapitalised(paragraph, head) ? 'person' : 'organisation', vague: false}
  }
  return {kind: 'description', vague: false}
}

function split(words: readonly number[], commas: readonly number[]): number[][] {
  if (commas.length === 0) return [words.slice()]
  const segments: number[][] = []
  let from = 0
  for (const comma of [...commas, words.length]) {
    if (comma > from) segments.push(words.slice(from, comma))
    from = comma
  }
  return segments.length > 0 ? segments : [words.slice()]
}

/** "Dr. Park Won Gon", "Jeff Jubelirer", "Park": capitalised words, titles and particles. */
function isNameLike(paragraph: QuoteParagraph, segment: readonly number[]): boolean {
  if (segment.length === 0 || segment.length > 7) return false
  if (paragraph.classes(segment[0]!) & (CAPITALISED_COMMON | PRONOUN)) return false
  let capitals = 0
  for (const word of segment) {
    if (isCapitalisedAt(paragraph, word)) capitals++
    else if ((paragraph.classes(word) & NAME_PART) === 0) return false
  }
  if (capitals === 0) return false
  // A capitalised organisation ("The Foreign Ministry") is not a person's name.
  return (paragraph.classes(segment[segment.length - 1]!) & ORGANISATION_HEAD) === 0
}

function nameKind(paragraph: QuoteParagraph, segment: readonly number[]): SpeakerKind {
  const last = segment[segment.length - 1]!
  return isInitialism(paragraph.value(last)) ? 'organisation' : 'person'
}

/** "a senior government official": an indefinite article somewhere before the head. */
function isCountable(paragraph: QuoteParagraph, before: readonly number[]): boolean {
  return before.some((word) => (paragraph.classes(word) & INDEFINITE) !== 0)
}

interface Head {
  word: number
  before: number[]
}

function headOf(paragraph: QuoteParagraph, segment: readonly number[]): Head | undefined {
  let end = segment.length
  for (let index = 1; index < segment.length; index++) {
    if (paragraph.classes(segment[index]!) & HEAD_ENDER) {
      end = index
      break
    }
  }
  if (end === 0) return undefined
  return {word: segment[end - 1]!, before: segment.slice(0, end - 1)}
}

/** `/^[\p{Lu}\d&.]{2,}$/u` ("UN", "BBC", "U.S."): the ASCII words told without the regex. */
function isInitialism(word: string): boolean {
  if (word.length < 2) return false
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x80) return /^[\p{Lu}\d&.]{2,}$/u.test(word)
    const capital = code >= 0x41 && code <= 0x5a
    const digit = code >= 0x30 && code <= 0x39
    if (!capital && !digit && code !== 0x26 && code !== 0x2e) return false
  }
  return true
}

function headIsCapitalised(paragraph: QuoteParagraph, head: Head | undefined): boolean {
  return (
    head !== undefined &&
    isCapitalisedAt(paragraph, head.word) &&
    !isInitialism(paragraph.value(head.word))
  )
}
