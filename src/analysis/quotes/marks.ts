/**
 * Which quote-mark candidates are quote marks, and whether each opens or closes. Apostrophes
 * (students’ union, ’90s, rock ’n’ roll) and inch and foot marks (6'3") are set aside here;
 * single marks that close nothing are apostrophes.
 */
import {QUOTE_MARK} from './scan.js'
import {isDoubleCode} from './tokens.js'
import type {QuoteFamily, QuoteParagraph} from './types.js'
import {MARK, PUNCT, SPACE, WORD} from './types.js'

/*
 * A mark is one character (`tokens.ts` makes it so), read as a char code: no token's string
 * is made for the marks and their neighbours.
 */

/** Punctuation after which a mark opens: brackets, dashes, slashes (one character). */
const openingPunctuation = '([{\u2014\u2013-/\u2012\u2015'
/** Punctuation before which a mark closes (one character). */
const closingPunctuation = '.,;:!?)]}\u2026\u2014\u2013-/'

/** “ ‘ „ open whatever their neighbours; ” ’ close. */
function opensByShape(code: number): boolean {
  return code === 0x201c || code === 0x2018 || code === 0x201e
}

function closesByShape(code: number): boolean {
  return code === 0x201d || code === 0x2019
}

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

/** What most paragraphs have: no candidate (one array for all of them, never written). */
const noCandidates: readonly Candidate[] = []

/** The quote-mark candidates of a paragraph, with what their neighbours say about them. */
export function candidatesOf(paragraph: QuoteParagraph): readonly Candidate[] {
  // A cheap test before tokenising: a double mark, or a single one where it could open a
  // quote. Single marks elsewhere close nothing, so they are apostrophes (Korea’s).
  if ((paragraph.hints & QUOTE_MARK) === 0) return noCandidates
  const {kinds, count} = paragraph
  const mark = MARK // see `WORD` in types.ts
  const result: Candidate[] = []
  for (let index = 0; index < count; index++) {
    if (kinds[index] !== mark) continue
    const code = paragraph.firstCode(index)
    const family: QuoteFamily = isDoubleCode(code) ? 'double' : 'single'
    const openSide = opensAfter(paragraph, index - 1)
    const closeSide = closesBefore(paragraph, index + 1)
    const leaning =
      openSide && !closeSide
        ? 'open'
        : closeSide && !openSide
          ? 'close'
          : opensByShape(code)
            ? 'open'
            : closesByShape(code)
              ? 'close'
              : 'either'
    const before = index - 1
    const afterDigit =
      before >= 0 &&
      kinds[before] === WORD &&
      isDigit(paragraph.lastCode(before)) &&
      (code === 0x22 || code === 0x27)
    const measure = afterDigit && code === 0x22 && /\d['\u2019]\d+$/.test(paragraph.value(before))
    result.push({token: index, family, leaning, afterDigit, measure})
  }
  return result
}

function opensAfter(paragraph: QuoteParagraph, index: number): boolean {
  if (index < 0) return true
  const kind = paragraph.kinds[index]
  if (kind === SPACE || kind === MARK) return true
  return kind === PUNCT && isOneCharOf(paragraph, index, openingPunctuation)
}

function closesBefore(paragraph: QuoteParagraph, index: number): boolean {
  if (index >= paragraph.count) return true
  const kind = paragraph.kinds[index]
  if (kind === SPACE || kind === MARK) return true
  return kind === PUNCT && isOneCharOf(paragraph, index, closingPunctuation)
}

/** Whether token `index` is one character of `set`. */
function isOneCharOf(paragraph: QuoteParagraph, index: number, set: string): boolean {
  if (paragraph.length(index) !== 1) return false
  const code = paragraph.firstCode(index)
  for (let at = 0; at < set.length; at++) if (set.charCodeAt(at) === code) return true
  return false
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
