/**
 * Which quote-mark candidates are quote marks, and whether each opens or closes. Apostrophes
 * (students’ union, ’90s, rock ’n’ roll) and inch and foot marks (6'3") are set aside here;
 * single marks that close nothing are apostrophes.
 */
import {doubleChars} from './tokens.js'
import type {QuoteFamily, QuoteParagraph, Token} from './types.js'

/** Punctuation after which a mark opens: brackets, dashes, slashes. */
const openingPunctuation = /^[([{\u2014\u2013\-/\u2012\u2015]$/
/** Punctuation before which a mark closes. */
const closingPunctuation = /^[.,;:!?)\]}\u2026\u2014\u2013\-/]$/

/**
 * A cheap test before tokenising a paragraph: a double mark, or a single one where it could
 * open a quote. Single marks elsewhere close nothing, so they are apostrophes (Korea’s).
 */
const anyQuoteChar = /["\u201C\u201D\u201E]|(?:^|[\s([{\u2014\u2013-])['\u2018\u2019]/

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
  if (!anyQuoteChar.test(paragraph.text)) return []
  const {tokens} = paragraph
  const result: Candidate[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'mark') continue
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    const family: QuoteFamily = doubleChars.has(token.value) ? 'double' : 'single'
    const openSide = opensAfter(before)
    const closeSide = closesBefore(after)
    const leaning =
      openSide && !closeSide
        ? 'open'
        : closeSide && !openSide
          ? 'close'
          : intrinsicOpen.has(token.value)
            ? 'open'
            : intrinsicClose.has(token.value)
              ? 'close'
              : 'either'
    const afterDigit =
      before?.kind === 'word' &&
      /\d$/.test(before.value) &&
      (token.value === '"' || token.value === "'")
    const measure = afterDigit && token.value === '"' && /\d['\u2019]\d+$/.test(before!.value)
    result.push({token: index, family, leaning, afterDigit, measure})
  }
  return result
}

function opensAfter(token: Token | undefined): boolean {
  if (!token || token.kind === 'space') return true
  if (token.kind === 'mark') return true
  return token.kind === 'punct' && openingPunctuation.test(token.value)
}

function closesBefore(token: Token | undefined): boolean {
  if (!token || token.kind === 'space') return true
  if (token.kind === 'mark') return true
  return token.kind === 'punct' && closingPunctuation.test(token.value)
}
