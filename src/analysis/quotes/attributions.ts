/**
 * Each quote's attribution, made when first read. Half the quotes of news copy are not speech
 * (scare quotes, terms, titles: `Quote.notSpeech`), and the rules read only the speech ones:
 * `analyzeQuotes` makes the speech quotes' attributions, in document order, and the others
 * only when something reads them (a later quote whose speaker carries over from one, a claim
 * next to one, a reader of `file.data.quotes`). The attribution search (`attribute`) of a quote
 * reads only the attributions of the quotes before it, so the order in which they are made
 * does not change what they are. (On the corpus 3,000 of 3,500 are never made: the quote
 * analysis and rules cost a tenth less.)
 */
import type {Context} from './attribute.js'
import {attribute} from './attribute.js'
import type {Attribution, Quote, QuoteFamily, QuoteMark, NotSpeechReason} from './types.js'

/**
 * A quote as `pairQuotes` makes it. `attribution` is an accessor of the class: made on first
 * read once `Attributions` has taken the quote, else what was last set. (An accessor defined
 * on each quote object instead gave every quote a shape of its own, and every reader of a
 * quote's fields a slow look-up: dearer than making all the attributions.)
 */
export class QuoteRecord implements Quote {
  declare start: number
  declare end: number
  declare family: QuoteFamily
  declare open: QuoteMark
  declare close: QuoteMark | undefined
  declare depth: number
  declare paragraphs: number[]
  declare words: number
  declare notSpeech: NotSpeechReason | undefined
  /** The attribution once made or set. */
  #attribution: Attribution | undefined = undefined
  /** What makes the attribution on first read, until it is made or set. */
  #maker: Attributions | undefined = undefined
  #index = -1

  constructor(open: QuoteMark, close: QuoteMark | undefined, end: number, paragraphs: number[]) {
    this.start = open.start
    this.end = end
    this.family = open.family
    this.open = open
    this.close = close
    this.depth = 0
    this.paragraphs = paragraphs
    this.words = 0
    this.notSpeech = undefined
  }

  get attribution(): Attribution | undefined {
    const maker = this.#maker
    if (maker !== undefined) {
      this.#maker = undefined
      this.#attribution = maker.make(this.#index)
    }
    return this.#attribution
  }

  set attribution(attribution: Attribution | undefined) {
    this.#maker = undefined
    this.#attribution = attribution
  }

  /** Have `maker` make the attribution (quote `index` of its context) on first read. */
  makeWith(maker: Attributions, index: number): void {
    this.#maker = maker
    this.#index = index
  }
}

/**
 * Past this many attributions being made inside one another (each reading the quote before
 * it: a run of quotes with no speaker of their own), the quotes before are made in document
 * order instead, one at a time, so that a long run cannot exhaust the stack.
 */
const maxNesting = 64

/** Makes the attributions of the quotes of one analysis. */
export class Attributions {
  /** Per quote: the index of the top-level quote around it, or -1. */
  private readonly enclosing: Int32Array
  private nesting = 0

  constructor(private readonly context: Context & {quotes: readonly QuoteRecord[]}) {
    const {quotes} = context
    this.enclosing = enclosingQuotes(quotes)
    for (let index = 0; index < quotes.length; index++) quotes[index]!.makeWith(this, index)
  }

  /** Make every attribution not made yet (before any is changed: see `attributeTranscript`). */
  makeAll(): void {
    for (const quote of this.context.quotes) void quote.attribution
  }

  /** The attribution of quote `index` (asked once, by the quote). */
  make(index: number): Attribution | undefined {
    const {quotes} = this.context
    if (this.nesting >= maxNesting) {
      for (let before = 0; before < index; before++) void quotes[before]!.attribution
    }
    this.nesting++
    try {
      const outer = this.enclosing[index]!
      // A quote inside another is the outer speaker's.
      return outer === -1
        ? attribute(this.context, quotes[index]!)
        : enclosingAttribution(quotes[outer]!.attribution)
    } finally {
      this.nesting--
    }
  }
}

/** For each quote (sorted by start, outer first), the top-level quote around it, or -1. */
function enclosingQuotes(quotes: readonly Quote[]): Int32Array {
  const result = new Int32Array(quotes.length).fill(-1)
  const open: number[] = []
  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index]!
    while (open.length > 0 && quotes[open[open.length - 1]!]!.end <= quote.start) open.pop()
    if (open.length > 0) result[index] = open[0]!
    open.push(index)
  }
  return result
}

function enclosingAttribution(outer: Attribution | undefined): Attribution | undefined {
  return outer ? {...outer, place: 'enclosing'} : undefined
}
