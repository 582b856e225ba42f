/**
 * Which quote-mark candidates are quote marks, and whether each opens or closes. Apostrophes
 * (students’ union, ’90s, rock ’n’ roll) and inch and foot marks (6'3") are set aside here;
 * single marks that close nothing are apostrophes.
 */
import {QUOTE_MARK} from './scan.js'
import {doubleChars} from './tokens.js'
import type {QuoteFamily, QuoteParagraph} from './types.js'
import {MARK, PUNCT, SPACE, WORD} from './types.js'

/** Punctuation after which a mark opens: brackets, dashes, slashes (one character). */
const openingPunctuation = '([{\u2014\u2013-/\u2012\u2015'
/** Punctuation before which a mark closes (one character). */
const closingPunctuation = '.,;:!?)]}\u2026\u2014\u2013-/'

const intrinsicOpen: ReadonlySet<string> = new Set(['\u201C', '\u2018', '\u201E'])
const intrinsicClose: ReadonlySet<string> = new Set(['\u201D', '\u2019'])

export interface Candidate {
  token: number
  family: QuoteFamily
  /** From the neighbours: `open`, `close`, or `either` when they do not tell. */
  leaning: 'open' | 'close' | 'either'
  /** A straight mark right after a number ending in a digit: maybe an inch or foot mark. */
  afterDigit: boolean
  /** `6'3"`: a foot-and-inch measure, never a quote. */
  measure: boolean
}

/** The quote-mark candidates of a paragraph, with what their neighbours say about them. */
export function candidatesOf(paragraph: QuoteParagraph): Candidate[] {
  // A cheap test before tokenising: a double mark, or a single one where it could open a
  // quote. Single marks elsewhere close nothing, so they are apostrophes (Korea’s).
  if ((paragraph.hints & QUOTE_MARK) === 0) return []
  const {kinds, count} = paragraph
  const result: Candidate[] = []
  for (let index = 0; index < count; index++) {
    if (kinds[index] !== MARK) continue
    const value = paragraph.value(index)
    const family: QuoteFamily = doubleChars.has(value) ? 'double' : 'single'
    const openSide = opensAfter(paragraph, index - 1)
    const closeSide = closesBefore(paragraph, index + 1)
    const leaning =
      openSide && !closeSide
        ? 'open'
        : closeSide && !openSide
          ? 'close'
          : intrinsicOpen.has(value)
            ? 'open'
            : intrinsicClose.has(value)
              ? 'close'
              : 'either'
    const before = index - 1
    const afterDigit =
      before >= 0 &&
      kinds[before] === WORD &&
      isDigit(paragraph.lastCode(before)) &&
      (value === '"' || value === "'")
    const measure = afterDigit && value === '"' && /\d['\u2019]\d+$/.test(paragraph.value(before))
    result.push({token: index, family, leaning, afterDigit, measure})
  }
  return result
}

function opensAfter(paragraph: QuoteParagraph, index: number): boolean {
  if (index < 0) return true
  const kind = paragraph.kinds[index]
  if (kind === SPACE || kind === MARK) return true
  return kind === PUNCT && isOneCharOf(paragraph.value(index), openingPunctuation)
}

function closesBefore(paragraph: QuoteParagraph, index: number): boolean {
  if (index >= paragraph.count) return true
  const kind = paragraph.kinds[index]
  if (kind === SPACE || kind === MARK) return true
  return kind === PUNCT && isOneCharOf(paragraph.value(index), closingPunctuation)
}

function isOneCharOf(value: string, set: string): boolean {
  return value.length === 1 && set.includes(value)
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
