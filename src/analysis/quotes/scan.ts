/**
 * What each paragraph's text may hold, found before any is tokenised: a quote mark, a vague
 * source ("officials", "according to …"), a colon at its end. Most paragraphs hold none of
 * these and are never tokenised. Two regexes run over the whole file (each paragraph's part
 * of a match read from its offset), not over each paragraph: far fewer calls, and a hand-made
 * loop over the char codes was slower than either.
 */
import {vagueSourceHeads} from './lexicon.js'
import type {QuoteParagraph} from './types.js'
import {isWhiteSpaceCode} from '../white-space.js'

/** A double quote mark, or a single one where it could open a quote (after ( [ { — – - or space). */
export const QUOTE_MARK = 1
/** A vague source head or "according" as a whole word (`sourceWord`). */
export const SOURCE_WORD = 2
/** The last character that is not white space is a colon. */
export const ENDS_WITH_COLON = 4
/**
 * The first `SOURCE_WORD` found is a vague head noun (`vagueSourceHeads`): the paragraph names
 * a vague source, known without another test of its text (claims.ts). Not set: not known.
 */
export const VAGUE_HEAD = 8

/** Quote marks: " “ ” „ ' ‘ ’ (single ones are apostrophes unless they could open a quote). */
const quoteMark = /["\u201C\u201D\u201E'\u2018\u2019]/g

/**
 * `quoteMark` over the file: a double mark, or a single one after white space or `([{—–-` (or
 * first in the file), as `opens` reads it; not the apostrophes inside words (Korea’s, don't),
 * a third of the marks, each a match found and turned down. A single mark first in its
 * paragraph after any other character (a paragraph split inside a line) is looked for apart.
 */
const openingMark = /["\u201C\u201D\u201E]|(?<![^\s([{\u2014\u2013-])['\u2018\u2019]/g

/**
 * A vague source head, "according", or a word of an anonymity marker (officials, observers,
 * sources, insiders, identified, diplomats, analysts, according, anonymity, anonymous, experts,
 * familiar, unnamed, named), words sharing a first letter grouped.
 */
const sourceWord =
  /\b(?:[Oo](?:fficials?|bservers?)|[Ss]ources?|[Ii](?:nsiders?|dentified)|[Dd]iplomats?|[Aa](?:nalysts?|ccording|nonymity|nonymous)|[Ee]xperts?|[Ff]amiliar|[Uu]nnamed|[Nn]amed)\b/
const sourceWords = new RegExp(sourceWord.source, 'g')

/** Which paragraph holds each offset, walking forward: paragraphs sorted and apart. */
class Cursor {
  private index = 0
  constructor(private readonly paragraphs: readonly HintedParagraph[]) {}

  /** The paragraph holding `offset`, or undefined (offsets asked in increasing order). */
  at(offset: number): HintedParagraph | undefined {
    const {paragraphs} = this
    while (this.index < paragraphs.length && paragraphs[this.index]!.end <= offset) this.index++
    const paragraph = paragraphs[this.index]
    return paragraph !== undefined && paragraph.start <= offset ? paragraph : undefined
  }
}

export interface HintedParagraph extends QuoteParagraph {
  hints: number
}

/**
 * Set the `hints` of every paragraph; `doc` is the file's text. Returns how many end with a
 * colon (`ENDS_WITH_COLON`): with fewer than two, no paragraph need be read for transcript
 * labels (index.ts).
 */
export function setHints(paragraphs: readonly HintedParagraph[], doc: string): number {
  let colons = 0
  if (!sortedApart(paragraphs)) {
    for (const paragraph of paragraphs) {
      paragraph.hints = hintsOf(paragraph.text)
      if (paragraph.hints & ENDS_WITH_COLON) colons++
    }
    return colons
  }
  findQuoteMarks(paragraphs, doc)
  findSourceWords(paragraphs, doc)
  for (const paragraph of paragraphs) {
    if (!endsWithColon(doc, paragraph.start, paragraph.end)) continue
    paragraph.hints |= ENDS_WITH_COLON
    colons++
  }
  return colons
}

/** The hints of one text on its own (paragraphs out of order: never for parsed text). */
function hintsOf(text: string): number {
  let hints = 0
  quoteMark.lastIndex = 0
  while (quoteMark.test(text)) {
    const index = quoteMark.lastIndex - 1
    if (opens(text, index, 0)) {
      hints |= QUOTE_MARK
      break
    }
  }
  quoteMark.lastIndex = 0
  if (sourceWord.test(text)) hints |= SOURCE_WORD
  if (endsWithColon(text, 0, text.length)) hints |= ENDS_WITH_COLON
  return hints
}

function sortedApart(paragraphs: readonly QuoteParagraph[]): boolean {
  for (let index = 1; index < paragraphs.length; index++) {
    if (paragraphs[index]!.start < paragraphs[index - 1]!.end) return false
  }
  return true
}

/**
 * Whether the mark at `index` may be a quote mark: a double one, or a single one that may
 * open (first in its paragraph, or after `[\s([{\u2014\u2013-]`).
 */
function opens(text: string, index: number, start: number): boolean {
  const code = text.charCodeAt(index)
  if (code !== 0x27 && code !== 0x2018 && code !== 0x2019) return true
  if (index === start) return true
  const before = text.charCodeAt(index - 1)
  return (
    before === 0x28 ||
    before === 0x5b ||
    before === 0x7b ||
    before === 0x2014 ||
    before === 0x2013 ||
    before === 0x2d ||
    isWhiteSpaceCode(before)
  )
}

function findQuoteMarks(paragraphs: readonly HintedParagraph[], doc: string): void {
  const cursor = new Cursor(paragraphs)
  openingMark.lastIndex = paragraphs[0]?.start ?? 0
  while (openingMark.test(doc)) {
    const index = openingMark.lastIndex - 1
    const paragraph = cursor.at(index)
    if (paragraph === undefined || !opens(doc, index, paragraph.start)) continue
    paragraph.hints |= QUOTE_MARK
    // One mark is enough: on to the next paragraph.
    openingMark.lastIndex = paragraph.end
  }
  openingMark.lastIndex = 0
  for (const paragraph of paragraphs) {
    if (paragraph.start < paragraph.end && isSingleMark(doc.charCodeAt(paragraph.start))) {
      paragraph.hints |= QUOTE_MARK
    }
  }
}

/** ' ‘ ’: a single quote mark (or an apostrophe). */
function isSingleMark(code: number): boolean {
  return code === 0x27 || code === 0x2018 || code === 0x2019
}

/**
 * `sourceWord` over the file: where a paragraph's edge splits a run of word characters (never
 * in parsed text, but `\b` would read differently), its own text is tested instead.
 */
function findSourceWords(paragraphs: readonly HintedParagraph[], doc: string): void {
  const cursor = new Cursor(paragraphs)
  sourceWords.lastIndex = paragraphs[0]?.start ?? 0
  for (let match = sourceWords.exec(doc); match; match = sourceWords.exec(doc)) {
    const index = sourceWords.lastIndex - 1
    // A match that crosses a paragraph's edge is in a glued paragraph, tested again below.
    const paragraph = cursor.at(index)
    if (paragraph === undefined) continue
    paragraph.hints |= SOURCE_WORD
    if (vagueSourceHeads.has(match[0].toLowerCase())) paragraph.hints |= VAGUE_HEAD
    sourceWords.lastIndex = paragraph.end
  }
  sourceWords.lastIndex = 0
  for (const paragraph of paragraphs) {
    const {start, end} = paragraph
    const glued =
      (isWordCode(doc.charCodeAt(start - 1)) && isWordCode(doc.charCodeAt(start))) ||
      (isWordCode(doc.charCodeAt(end - 1)) && isWordCode(doc.charCodeAt(end)))
    if (!glued) continue
    paragraph.hints &= ~(SOURCE_WORD | VAGUE_HEAD)
    if (sourceWord.test(paragraph.text)) paragraph.hints |= SOURCE_WORD
  }
}

/** `\w` without the `u` flag: an ASCII letter, digit or underscore (NaN past the text: no). */
function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  )
}

/** `/:\s*$/`: the last character that is not white space is a colon. */
function endsWithColon(text: string, start: number, end: number): boolean {
  let index = end - 1
  while (index >= start && isWhiteSpaceCode(text.charCodeAt(index))) index--
  return index >= start && text.charCodeAt(index) === 0x3a
}
