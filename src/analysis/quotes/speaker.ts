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
  const first = paragraph.normal(words[0]!)
  if (words.length === 1 && pronouns.has(first)) return {kind: 'pronoun', vague: false}
  if (pronouns.has(first) && words.length > 1 && paragraph.normal(words[1]!) === 'of') {
    return {kind: 'description', vague: false}
  }

  const segments = split(words, commas)
  const name = segments.find((segment) => isNameLike(paragraph, segment))
  if (name) return {kind: nameKind(paragraph, name), vague: false}

  const head = headOf(paragraph, segments[0]!)
  const headWord = head ? paragraph.normal(head.word) : ''
  if (head && anonymousHeads.has(headWord)) {
    // "the official" and "the company's spokesman" refer back to someone or something named.
    const determiner = head.before[0] !== undefined ? paragraph.normal(head.before[0]) : ''
    const possessive = head.before.some((word) => /['\u2019]s?$/.test(paragraph.value(word)))
    if (!definite.has(determiner) && !possessive) {
      const counted = head.before.length === 0 || indefiniteDeterminers.has(determiner)
      return {
        kind: 'anonymous',
        vague:
          vagueSourceHeads.has(headWord) &&
          (counted || /s$/.test(headWord) || isCountable(paragraph, head.before))
      }
    }
  }
  if (head && organisationHeads.has(headWord)) return {kind: 'organisation', vague: false}
  if (
    words.some(
      (word, index) =>
        isCapitalisedAt(paragraph, word) &&
        !(index === 0 && capitalisedCommon.has(paragraph.normal(word)))
    )
  ) {
    return {kind: headIsCapitalised(paragraph, head) ? 'person' : 'organisation', vague: false}
  }
  return {kind: 'description', vague: false}
}

function split(words: readonly number[], commas: readonly number[]): number[][] {
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
  const first = paragraph.normal(segment[0]!)
  if (capitalisedCommon.has(first) || pronouns.has(first)) return false
  let capitals = 0
  for (const word of segment) {
    const value = paragraph.normal(word)
    if (isCapitalisedAt(paragraph, word)) capitals++
    else if (!nameParts.has(value)) return false
  }
  if (capitals === 0) return false
  // A capitalised organisation ("The Foreign Ministry") is not a person's name.
  return !organisationHeads.has(paragraph.normal(segment[segment.length - 1]!))
}

function nameKind(paragraph: QuoteParagraph, segment: readonly number[]): SpeakerKind {
  const last = segment[segment.length - 1]!
  return /^[\p{Lu}\d&.]{2,}$/u.test(paragraph.value(last)) ? 'organisation' : 'person'
}

/** "a senior government official": an indefinite article somewhere before the head. */
function isCountable(paragraph: QuoteParagraph, before: readonly number[]): boolean {
  return before.some((word) => indefiniteDeterminers.has(paragraph.normal(word)))
}

interface Head {
  word: number
  before: number[]
}

function headOf(paragraph: QuoteParagraph, segment: readonly number[]): Head | undefined {
  let end = segment.length
  for (let index = 1; index < segment.length; index++) {
    if (headEnders.has(paragraph.normal(segment[index]!))) {
      end = index
      break
    }
  }
  if (end === 0) return undefined
  return {word: segment[end - 1]!, before: segment.slice(0, end - 1)}
}

function headIsCapitalised(paragraph: QuoteParagraph, head: Head | undefined): boolean {
  return (
    head !== undefined &&
    isCapitalisedAt(paragraph, head.word) &&
    !/^[\p{Lu}\d&.]{2,}$/u.test(paragraph.value(head.word))
  )
}
