/**
 * Pair quote marks into quotes, paragraph by paragraph: double quotes with single ones nested
 * inside, mixed straight/curly pairs and reversed marks tolerated. A double quote left open at
 * the end of a paragraph continues when the next paragraph opens with a double mark (the
 * multi-paragraph convention); otherwise it is unbalanced, as is a closing mark with no opener.
 */
import {QuoteRecord} from './attributions.js'
import type {Candidate} from './marks.js'
import {candidatesOf} from './marks.js'
import type {Quote, QuoteMark, QuoteParagraph} from './types.js'
import {MARK, PUNCT, SPACE, WORD} from './types.js'
import {startsLower, startsUpper} from './tokens.js'
import {defaultVerbs} from './verbs.js'

interface Open {
  mark: QuoteMark
  paragraphs: number[]
  /** Token after which the quote's words start in its last paragraph. */
  token: number
}

export interface Pairing {
  quotes: QuoteRecord[]
  unbalanced: QuoteMark[]
}

export function pairQuotes(paragraphs: readonly QuoteParagraph[]): Pairing {
  const quotes: QuoteRecord[] = []
  const unbalanced: QuoteMark[] = []
  let stack: Open[] = []

  const finish = (open: Open, close: QuoteMark | undefined, end: number) => {
    quotes.push(new QuoteRecord(open.mark, close, end, open.paragraphs))
  }

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    const candidates = candidatesOf(paragraph)
    let from = 0
    // A double quote carried over from the paragraph before continues only if this one opens
    // with a double mark; the continuation mark is not a new quote.
    if (stack.length > 0) {
      const first = candidates[0]
      const continues =
        first !== undefined &&
        first.family === 'double' &&
        first.leaning !== 'close' &&
        first.token < paragraph.count &&
        !hasWordBefore(paragraph, first.token)
      if (continues) {
        for (const open of stack) {
          open.paragraphs.push(index)
          open.token = first.token
        }
        from = 1
      } else {
        closeUnfinished(stack, paragraphs, unbalanced, finish)
        stack = []
      }
    }

    for (let c = from; c < candidates.length; c++) {
      const candidate = candidates[c]!
      const role = decide(candidate, stack)
      if (role === 'skip') continue
      const mark = toMark(paragraph, candidate, index, role)
      if (role === 'open') {
        stack.push({mark, paragraphs: [index], token: candidate.token})
        continue
      }
      // Closing: find the nearest open quote of the same family.
      let match = -1
      for (let s = stack.length - 1; s >= 0; s--) {
        if (stack[s]!.mark.family === mark.family) {
          match = s
          break
        }
      }
      if (match === -1) {
        if (mark.family === 'double') unbalanced.push(mark)
        continue
      }
      // Single quotes opened inside and never closed were apostrophes after all.
      stack.length = match + 1
      const open = stack.pop()!
      finish(open, mark, mark.end)
    }

    // (Most paragraphs end with nothing open: no new array or closure for them.)
    if (stack.length > 0) stack = carriedOver(stack, paragraph, unbalanced, finish)
    if (stack.length > 1) {
      closeUnfinished(stack.slice(0, -1), paragraphs, unbalanced, finish)
      stack = stack.slice(-1)
    }
  }
  closeUnfinished(stack, paragraphs, unbalanced, finish)

  quotes.sort((a, b) => a.start - b.start || b.end - a.end)
  setDepths(quotes)
  return {quotes, unbalanced: unbalanced.sort((a, b) => a.start - b.start)}
}

/**
 * The quotes still open at the end of `paragraph` that continue in the next one. Single
 * quotes never cross a paragraph; a double one may, unless the paragraph ends with its
 * attribution: then its closing mark is missing, and it ends there, unbalanced.
 */
function carriedOver(
  stack: readonly Open[],
  paragraph: QuoteParagraph,
  unbalanced: QuoteMark[],
  finish: (open: Open, close: QuoteMark | undefined, end: number) => void
): Open[] {
  return stack.filter((open) => {
    if (open.mark.family !== 'double') return false
    const end = attributionAfter(paragraph, open.token)
    if (end === -1) return true
    unbalanced.push(open.mark)
    finish(open, undefined, paragraph.ends[end]!)
    return false
  })
}

/** Whether a word comes before token `end` (`kinds.subarray(0, end).includes(WORD)`, no view). */
function hasWordBefore(paragraph: QuoteParagraph, end: number): boolean {
  const {kinds} = paragraph
  for (let index = 0; index < end; index++) if (kinds[index] === WORD) return true
  return false
}

/**
 * Where a quote left open ends when the rest of its paragraph is its attribution, as in
 * `“… similar values and culture. said Ian Greenberg, President …` (the closing mark
 * forgotten): the index of the punctuation before a speech verb and a capitalised name, or
 * before a name of one to three capitalised words and a speech verb (“… culture. Greenberg
 * said.”), with no quote mark after it; -1 otherwise. A quote that really continues in the
 * next paragraph holds no such clause: its speaker comes before it or after its close.
 */
function attributionAfter(paragraph: QuoteParagraph, open: number): number {
  const {count, kinds} = paragraph
  for (let index = count - 1; index > open; index--) if (kinds[index] === MARK) return -1
  const isVerb = (at: number) =>
    kinds[at] === WORD && defaultVerbs.has(paragraph.value(at).toLowerCase())
  const isName = (at: number) => kinds[at] === WORD && startsUpper(paragraph, at)
  const next = (at: number) => {
    let after = at + 1
    while (after < count && kinds[after] === SPACE) after++
    return after
  }
  for (let index = open + 1; index < count; index++) {
    // The punctuation may be a token of its own, or glued to a word ("culture. said" is one
    // sentence to the parser, so "culture." one word).
    const kind = kinds[index]
    const value = paragraph.value(index)
    if (kind === PUNCT ? !/^[.,!?]$/.test(value) : kind !== WORD || !/[.,!?]$/.test(value)) {
      continue
    }
    const word = next(index)
    // "said Ian Greenberg": a lower-case verb, then a name.
    if (isVerb(word) && startsLower(paragraph, word) && isName(next(word))) {
      return index
    }
    // "Greenberg said", "Ian Greenberg said": a name, then a verb.
    let at = word
    for (let words = 0; words < 3 && isName(at); words++) {
      at = next(at)
      if (isVerb(at)) return index
    }
  }
  return -1
}

/** How a candidate acts, given the quotes open so far. */
function decide(candidate: Candidate, stack: readonly Open[]): 'open' | 'close' | 'skip' {
  if (candidate.measure) return 'skip'
  const sameOpen = stack.some((open) => open.mark.family === candidate.family)
  if (candidate.family === 'single') {
    if (candidate.leaning === 'open') return 'open'
    // A closing single mark with nothing to close is an apostrophe (students’ union).
    if (!sameOpen) return candidate.leaning === 'either' ? 'skip' : 'skip'
    return 'close'
  }
  // An inch mark: a straight double mark after a number, with no quote open.
  if (candidate.afterDigit && !sameOpen) return 'skip'
  if (candidate.leaning === 'open') {
    // Two openers in a row: when the first is still open and this one could close (a
    // reversed mark glued to a word on both sides), close it.
    return 'open'
  }
  if (candidate.leaning === 'close') return 'close'
  return sameOpen ? 'close' : 'open'
}

/** Quotes still open: unbalanced, spanning to the end of their last paragraph. */
function closeUnfinished(
  stack: readonly Open[],
  paragraphs: readonly QuoteParagraph[],
  unbalanced: QuoteMark[],
  finish: (open: Open, close: QuoteMark | undefined, end: number) => void
): void {
  for (const open of stack) {
    if (open.mark.family !== 'double') continue
    unbalanced.push(open.mark)
    const last = paragraphs[open.paragraphs[open.paragraphs.length - 1]!]!
    finish(open, undefined, last.end)
  }
}

function toMark(
  paragraph: QuoteParagraph,
  candidate: Candidate,
  index: number,
  role: 'open' | 'close'
): QuoteMark {
  return {
    start: paragraph.starts[candidate.token]!,
    end: paragraph.ends[candidate.token]!,
    // The mark as written (`textBetween`: no array of values made for the paragraph).
    char: paragraph.textBetween(candidate.token, candidate.token),
    family: candidate.family,
    role,
    paragraph: index
  }
}

/** Depth of each quote: how many quotes contain it (quotes sorted by start, outer first). */
function setDepths(quotes: Quote[]): void {
  const open: Quote[] = []
  for (const quote of quotes) {
    while (open.length > 0 && open[open.length - 1]!.end <= quote.start) open.pop()
    quote.depth = open.length
    open.push(quote)
  }
}
