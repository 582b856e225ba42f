import type {OffsetSpan} from '../spans.js'
/**
 * Direct quotes and who said them: computed once per file by `analyzeQuotes` and stored on
 * `file.data.quotes`. Offsets are UTF-16 indices into the file, end exclusive.
 */

/** A run of text in the file. */
export interface Span {
  start: number
  end: number
  text: string
}

/** `double`: “…” and "…"; `single`: ‘…’ and '…'. */
export type QuoteFamily = 'double' | 'single'

/** One quote mark, after apostrophes and inch marks are set aside. */
export interface QuoteMark {
  start: number
  end: number
  char: string
  family: QuoteFamily
  /** Whether the mark opens or closes a quote, from its neighbours (or its shape). */
  role: 'open' | 'close'
  /** Index of its paragraph in `QuoteAnalysis.paragraphs`. */
  paragraph: number
}

/** What introduces a quote. */
export type CueKind =
  | 'verb' // said, says, told, explained, …
  | 'according-to' // according to X
  | 'speech-event' // in a statement, in an interview
  | 'colon' // X said: “…” / The report concluded: “…”
  | 'label' // transcript label: NAME: “…”
  | 'sign-off' // “…” — Name
  | 'subject' // a named subject with no speech verb: “Staub also felt …. “…”” / “…,” Keith Rushton
  | 'identified' // “…” This is one of the platform issues of X / These were the words of X

/** Who is quoted: a name, a pronoun, an organisation or document, a description, nobody named. */
export type SpeakerKind =
  'person' | 'pronoun' | 'organisation' | 'description' | 'anonymous' | 'unknown'

/** Where the attribution was found, relative to the quote. */
export type AttributionPlace =
  | 'sentence' // the quote's own sentence
  | 'previous-sentence' // an earlier sentence of the same paragraph
  | 'next-sentence' // the sentence after the quote
  | 'previous-paragraph' // a paragraph ending with a colon, or naming the speaker just before
  | 'follow-on' // the speaker of the quote just before, carried over
  | 'enclosing' // a quote nested in another quote is the outer speaker's
  | 'transcript' // a turn of a Q&A transcript with speaker labels ("DS:")

export interface Attribution {
  cue: Span & {kind: CueKind}
  /** The speaker as written (`undefined` when the cue has no subject, e.g. "in a statement"). */
  speaker: Span | undefined
  speakerKind: SpeakerKind
  place: AttributionPlace
}

/** Why a quote is not treated as speech: a scare quote, a title or a term. */
export type NotSpeechReason =
  | 'title-case' // ‘Prisoner for a Day’: a title
  | 'term' // called “deplorables”, known as “the Rock”, such as “…”
  | 'fragment' // a lower-case fragment woven into the writer's sentence, whose subject is its source

export interface Quote {
  /** From the opening mark to just after the closing mark (or the paragraph end if unclosed). */
  start: number
  end: number
  family: QuoteFamily
  open: QuoteMark
  /** `undefined` when the quote is never closed. */
  close: QuoteMark | undefined
  /** 0 for a top-level quote, 1 for a quote inside it, … */
  depth: number
  /** Paragraph indices it covers (more than one for a multi-paragraph quote). */
  paragraphs: number[]
  /** Words inside the quote. */
  words: number
  /** Why this is not speech, if it is not. */
  notSpeech: NotSpeechReason | undefined
  attribution: Attribution | undefined
}

/** An indirect claim pinned on an unnamed source: "Diplomatic sources report that …". */
export interface AnonymousClaim {
  source: Span
  cue: Span
}

/** One token of a paragraph, flattened from the nlcst tree. */
export interface Token {
  kind: 'word' | 'punct' | 'space' | 'mark'
  value: string
  start: number
  end: number
  /** Index of the sentence within its paragraph. */
  sentence: number
}

/**
 * Token kinds as the analysis stores them: `TokenKinds[code]` is the `Token` kind. A loop over
 * tokens copies the ones it tests into locals (`const word = WORD`): an imported constant is
 * read through its module cell, with a check that it is set, at every use (about a third of
 * the cost of a loop that only tests kinds, measured with callgrind).
 */
export const WORD = 0
export const PUNCT = 1
export const SPACE = 2
export const MARK = 3
export const TokenKinds = ['word', 'punct', 'space', 'mark'] as const

/**
 * A paragraph as the quote analysis reads it. Its tokens are kept as parallel arrays (kind
 * code, offsets, sentence), made on first use: a token object per token cost more than the
 * rest of the analysis. `tokens` gives them as objects, for readers outside the analysis.
 */
export interface QuoteParagraph {
  start: number
  end: number
  /** The paragraph's text in the file. */
  readonly text: string
  /** What one scan of its text found, before any tokenising: flags of `scan.ts`. */
  readonly hints: number
  /** Every token as an object, made on first use (the analysis reads the arrays below). */
  readonly tokens: Token[]
  /** Token index ranges [first, last) of each sentence. */
  readonly sentences: Array<[number, number]>
  readonly count: number
  /**
   * Whether the tokens cover the paragraph's text in order without gaps, each value being
   * its text in the file (so tokens are sorted and apart).
   */
  readonly contiguous: boolean
  /** `WORD`, `PUNCT`, `SPACE` or `MARK` per token. */
  readonly kinds: Int32Array
  readonly starts: Int32Array
  readonly ends: Int32Array
  /** Index of each token's sentence within the paragraph. */
  readonly sentenceOf: Int32Array
  value(index: number): string
  /** The last UTF-16 code unit of `value(index)`, without making the string. */
  lastCode(index: number): number
  /** The length of `value(index)`, without making the string. */
  length(index: number): number
  /** The first UTF-16 code unit of `value(index)`, without making the string. */
  firstCode(index: number): number
  /** Lower case, edge punctuation trimmed: for lexicon look-ups. */
  normal(index: number): string
  /** The text of tokens `first` to `last` (inclusive): their values joined. */
  textBetween(first: number, last: number): string
  /** A hash of `normal(index)` without making it, or -1 (see `KeyFilter`). */
  key(index: number): number
  /** Bits of the word classes (`classes.ts`) that hold `normal(index)`. */
  classes(index: number): number
  /** `shapeOf` (classes.ts) of `value(index)`, for a `ShapeFilter`, without making the string. */
  shape(index: number): number
  /** Whether `normal(index)` is `word` (without making it, for a plain ASCII token). */
  is(index: number, word: string): boolean
  /** One token as an object (the same object each time). */
  token(index: number): Token
}

export interface QuoteAnalysis {
  /** Every quote, nested ones included, by start offset. */
  quotes: Quote[]
  /** Top-level quote ranges, sorted and apart, for `inQuote`. */
  ranges: OffsetSpan[]
  /** Marks with no partner (an unclosed “ or a stray ”). */
  unbalanced: QuoteMark[]
  /** Indirect speech attributed to an unnamed source. */
  claims: AnonymousClaim[]
  paragraphs: QuoteParagraph[]
  /**
   * For the rules that report these findings (`inScope` in index.ts): the test of the last
   * scope's tree asked for. The three quote rules share one scope, so one test per file.
   */
  scope?: {tree: unknown; test: (offset: number) => boolean}
}
