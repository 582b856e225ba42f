/**
 * Quote analysis, computed once per file: the direct quotes of the document, who said each,
 * the marks with no partner, and indirect claims pinned on unnamed sources. Stored on
 * `file.data.quotes`; rules and other analyses read it, and ask `inQuote` whether an offset
 * is quoted speech.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {attribute, coverageOf, readQuote} from './attribute.js'
import {Attributions} from './attributions.js'
import {anonymousClaims} from './claims.js'
import {ENDS_WITH_COLON} from './scan.js'
import {pairQuotes} from './spans.js'
import {paragraphsOf} from './tokens.js'
import type {Attribution, Quote, QuoteAnalysis, QuoteParagraph} from './types.js'
import {SPACE} from './types.js'
import type {VerbLexicon} from './verbs.js'
import {defaultVerbs} from './verbs.js'
import type {OffsetSpan} from '../spans.js'
import {offsetTest, spanIndexAt} from '../spans.js'

export type {
  AnonymousClaim,
  Attribution,
  AttributionPlace,
  CueKind,
  NotSpeechReason,
  Quote,
  QuoteAnalysis,
  QuoteMark,
  SpeakerKind,
  Span
} from './types.js'
export {speechVerbs} from './lexicon.js'
export {defaultVerbs, verbLexicon} from './verbs.js'

/**
 * `doc` is the file's text (by default the tree's text, as for plain text). `gapless`: the
 * tree's nodes cover `doc` without gaps, as parse-english makes them from plain text (not
 * from Markdown or HTML): tokens are then read from fewer position objects. `eager` (for
 * tests): every attribution is made at once in document order, not when first read
 * (attributions.ts).
 */
export function analyzeQuotes(
  tree: NlcstRoot,
  doc: string = toString(tree),
  gapless = false,
  eager = false
): QuoteAnalysis {
  const {paragraphs, colons} = paragraphsOf(tree, doc, gapless)
  const {quotes, unbalanced} = pairQuotes(paragraphs)
  for (const quote of quotes) readQuote(paragraphs, quote)
  const coverage = coverageOf(paragraphs, quotes)
  const attributions = new Attributions({paragraphs, quotes, coverage, verbs: defaultVerbs})
  // The speech quotes' attributions, which the rules read; the others' when first read.
  for (const quote of quotes) {
    if (eager || (quote.depth === 0 && quote.notSpeech === undefined)) void quote.attribution
  }
  // Transcript labels end paragraphs with a colon: with fewer than two such, no transcript.
  if (colons >= 2) attributeTranscript(paragraphs, quotes, attributions)
  const ranges: OffsetSpan[] = quotes
    .filter((quote) => quote.depth === 0)
    .map((quote) => ({start: quote.start, end: quote.end}))
  return {
    quotes,
    ranges,
    unbalanced,
    claims: anonymousClaims(paragraphs, coverage, quotes, gapless),
    paragraphs
  }
}

/** "DS:", "KN:", "…:GT:": speaker labels of an interview transcript. */
const transcriptLabel = /(?:^|:)\p{Lu}[\p{L}.'\u2019-]{0,20}(?: \p{Lu}[\p{L}.'\u2019-]*){0,2}:$/u

/**
 * In a Q&A transcript (two or more paragraphs ending with a speaker label), every turn is
 * attributed by its label, quotes inside the turns included.
 */
function attributeTranscript(
  paragraphs: readonly QuoteParagraph[],
  quotes: readonly Quote[],
  attributions: Attributions
): void {
  let first: QuoteParagraph | undefined
  let labels = 0
  for (const paragraph of paragraphs) {
    if (!isLabel(paragraph)) continue
    first ??= paragraph
    if (++labels === 2) break
  }
  if (first === undefined || labels < 2) return
  // Only a quote with no speaker takes a label. Every attribution is made before a label
  // changes any: each one reads those before it as they are without labels, as when all were
  // made in document order first.
  attributions.makeAll()
  if (!quotes.some((quote) => quote.depth === 0 && !quote.attribution)) return
  const label = lastNonSpace(first, 1)[0]!
  const cue = {
    start: first.starts[label]!,
    end: first.ends[label]!,
    text: first.value(label),
    kind: 'label' as const
  }
  for (const quote of quotes) {
    if (quote.attribution || quote.depth > 0) continue
    quote.attribution = {
      cue: {...cue},
      speaker: undefined,
      speakerKind: 'unknown',
      place: 'transcript'
    }
  }
}

/** Whether the paragraph ends with a speaker label ("DS:"). */
function isLabel(paragraph: QuoteParagraph): boolean {
  if ((paragraph.hints & ENDS_WITH_COLON) === 0) return false
  const last = lastNonSpace(paragraph, 4)
  return transcriptLabel.test(last.map((index) => paragraph.value(index)).join(''))
}

/** Indices of the last `n` tokens of a paragraph that are not white space, in order. */
function lastNonSpace(paragraph: QuoteParagraph, n: number): number[] {
  const result: number[] = []
  for (let index = paragraph.count - 1; index >= 0 && result.length < n; index--) {
    if (paragraph.kinds[index] !== SPACE) result.unshift(index)
  }
  return result
}

/**
 * Attribute the unattributed top-level quotes again with more speech verbs (a rule's
 * `speechVerbs` option). Returns the new attribution of each quote that now has one.
 */
export function reattribute(analysis: QuoteAnalysis, verbs: VerbLexicon): Map<Quote, Attribution> {
  const result = new Map<Quote, Attribution>()
  const coverage = coverageOf(analysis.paragraphs, analysis.quotes)
  const context = {paragraphs: analysis.paragraphs, quotes: analysis.quotes, coverage, verbs}
  for (const quote of analysis.quotes) {
    if (quote.depth > 0 || quote.attribution) continue
    const attribution = attribute(context, quote)
    if (attribution) result.set(quote, attribution)
  }
  return result
}

/** Whether `offset` is inside a quote (marks included): binary search over the ranges. */
export function inQuote(analysis: Pick<QuoteAnalysis, 'ranges'>, offset: number): boolean {
  return spanIndexAt(analysis.ranges, offset) >= 0
}

/** The analysis as `src/analysis/index.ts` runs it: the result goes on `file.data.quotes`. */
export function quotesAnalysis(tree: NlcstRoot, file: VFile): void {
  file.data.quotes = analyzeQuotes(tree, String(file), file.data.inputKind === 'text')
}
/**
 * Whether `offset` is in the paragraphs of `tree` (a rule's scope): `offsetTest(tree)`, made
 * once per file and scope rather than once per rule, and only by a rule with a finding to test.
 */
export function inScope(analysis: QuoteAnalysis, tree: NlcstRoot, offset: number): boolean {
  if (analysis.scope?.tree !== tree) analysis.scope = {tree, test: offsetTest(tree)}
  return analysis.scope.test(offset)
}

// Rules that report what this analysis found place their findings with these.
export {offsetTest} from '../spans.js'
export {placeOf} from '../place.js'
