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
import {isCapitalised, normal} from './tokens.js'
import type {SpeakerKind, Token} from './types.js'

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

/**
 * Classify a speaker phrase. `words` are the phrase's word tokens, `commas` the indices into
 * `words` where a comma splits it; `text` is the phrase as written (for anonymity markers).
 */
export function classifySpeaker(
  words: readonly Token[],
  commas: readonly number[],
  text: string
): SpeakerReading {
  if (words.length === 0) return {kind: 'unknown', vague: false}
  if (anonymityMarkers.some((marker) => marker.test(text))) return {kind: 'anonymous', vague: true}
  const first = normal(words[0]!)
  if (words.length === 1 && pronouns.has(first)) return {kind: 'pronoun', vague: false}
  if (pronouns.has(first) && words.length > 1 && normal(words[1]!) === 'of') {
    return {kind: 'description', vague: false}
  }

  const segments = split(words, commas)
  if (segments.some(isNameLike)) return {kind: nameKind(segments.find(isNameLike)!), vague: false}

  const head = headOf(segments[0]!)
  const headWord = head ? normal(head.word) : ''
  if (head && anonymousHeads.has(headWord)) {
    // "the official" and "the company's spokesman" refer back to someone or something named.
    const determiner = head.before[0] ? normal(head.before[0]) : ''
    const possessive = head.before.some((word) => /['\u2019]s?$/.test(word.value))
    if (!definite.has(determiner) && !possessive) {
      const counted = head.before.length === 0 || indefiniteDeterminers.has(determiner)
      return {
        kind: 'anonymous',
        vague:
          vagueSourceHeads.has(headWord) &&
          (counted || /s$/.test(headWord) || isCountable(head.before))
      }
    }
  }
  if (head && organisationHeads.has(headWord)) return {kind: 'organisation', vague: false}
  if (
    words.some(
      (word, index) => isCapitalised(word) && !(index === 0 && capitalisedCommon.has(normal(word)))
    )
  ) {
    return {kind: headIsCapitalised(head) ? 'person' : 'organisation', vague: false}
  }
  return {kind: 'description', vague: false}
}

function split(words: readonly Token[], commas: readonly number[]): Token[][] {
  const segments: Token[][] = []
  let from = 0
  for (const comma of [...commas, words.length]) {
    if (comma > from) segments.push(words.slice(from, comma))
    from = comma
  }
  return segments.length > 0 ? segments : [words.slice()]
}

/** "Dr. Park Won Gon", "Jeff Jubelirer", "Park": capitalised words, titles and particles. */
function isNameLike(segment: readonly Token[]): boolean {
  if (segment.length === 0 || segment.length > 7) return false
  const first = normal(segment[0]!)
  if (capitalisedCommon.has(first) || pronouns.has(first)) return false
  let capitals = 0
  for (const word of segment) {
    const value = normal(word)
    if (isCapitalised(word)) capitals++
    else if (!nameParts.has(value)) return false
  }
  if (capitals === 0) return false
  // A capitalised organisation ("The Foreign Ministry") is not a person's name.
  return !organisationHeads.has(normal(segment[segment.length - 1]!))
}

function nameKind(segment: readonly Token[]): SpeakerKind {
  const last = segment[segment.length - 1]!
  return /^[\p{Lu}\d&.]{2,}$/u.test(last.value) ? 'organisation' : 'person'
}

/** "a senior government official": an indefinite article somewhere before the head. */
function isCountable(before: readonly Token[]): boolean {
  return before.some((word) => indefiniteDeterminers.has(normal(word)))
}

function headOf(segment: readonly Token[]): {word: Token; before: Token[]} | undefined {
  let end = segment.length
  for (let index = 1; index < segment.length; index++) {
    if (headEnders.has(normal(segment[index]!))) {
      end = index
      break
    }
  }
  if (end === 0) return undefined
  return {word: segment[end - 1]!, before: segment.slice(0, end - 1)}
}

function headIsCapitalised(head: {word: Token} | undefined): boolean {
  return (
    head !== undefined && isCapitalised(head.word) && !/^[\p{Lu}\d&.]{2,}$/u.test(head.word.value)
  )
}
