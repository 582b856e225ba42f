/**
 * Who said each quote. The search, in order: the quote's own sentence; earlier sentences of
 * its paragraph (back to a quote by someone else, whose speaker carries over); the sentence
 * after it; then, for a quote that opens its paragraph, the paragraph before: one ending with
 * a colon, one whose last quote has a speaker (a follow-on quote paragraph), or one whose last
 * sentence reports someone's speech. Nested quotes belong to the quote around them.
 */
import {ShapeFilter, wordClass} from './classes.js'
import type {Cue, SpeakerPhrase} from './cues.js'
import {firstCue, lastCue, speakerOf} from './cues.js'
import {asIntroducers, termIntroducers, titleSmallWords} from './lexicon.js'
import {CAPITALISED_COMMON, ORGANISATION_HEAD, classifySpeaker} from './speaker.js'
import type {Attribution, AttributionPlace, Quote, QuoteParagraph} from './types.js'
import {MARK, PUNCT, SPACE, WORD} from './types.js'
import {consistsOf, int32s, startsUpper} from './tokens.js'
import type {VerbLexicon} from './verbs.js'

const TERM_INTRODUCER = wordClass(termIntroducers)
const TITLE_SMALL_WORD = wordClass(titleSmallWords)
const AS_INTRODUCER = wordClass(asIntroducers)
/** What `introducedAsTerm` looks for: most words before a quote are none (`ShapeFilter`). */
const termShapes = new ShapeFilter(TERM_INTRODUCER | AS_INTRODUCER, ['as'])

/**
 * Per paragraph: for each token, the top-level quote that covers it (or -1). Made on first
 * use for a paragraph (`coveredIn`), so paragraphs without quotes are never tokenised. An
 * array may be longer than its paragraph's tokens (see `uncovered`): readers index it by
 * token, below the paragraph's `count`.
 */
export interface Coverage {
  paragraphs: readonly QuoteParagraph[]
  /** By paragraph index. */
  arrays: Array<Int32Array | undefined>
}

export function coveredIn(coverage: Coverage, index: number): Int32Array {
  return (coverage.arrays[index] ??= uncovered(coverage.paragraphs[index]!.count))
}

let nothingCovered = new Int32Array(1024).fill(-1)

/**
 * `count` tokens covered by no quote: one shared array of -1 (never written), at least
 * `count` long, so a paragraph without quotes costs no array of its own. The array itself,
 * not a view of its first `count`: `subarray` makes a typed array by way of a species
 * look-up and a runtime call, ~2 µs each, a seventh of the claims' cost (CPU profile).
 */
function uncovered(count: number): Int32Array {
  if (count > nothingCovered.length) nothingCovered = new Int32Array(count * 2).fill(-1)
  return nothingCovered
}

export function coverageOf(
  paragraphs: readonly QuoteParagraph[],
  quotes: readonly Quote[]
): Coverage {
  const coverage: Coverage = {
    paragraphs,
    arrays: new Array<Int32Array | undefined>(paragraphs.length)
  }
  for (let number = 0; number < quotes.length; number++) {
    const quote = quotes[number]!
    if (quote.depth > 0) continue
    for (const index of quote.paragraphs) {
      const paragraph = paragraphs[index]!
      const {starts, ends, count} = paragraph
      // Made here, before any reader asks for it: a paragraph with a quote has its own array.
      const covered = (coverage.arrays[index] ??= int32s(count).fill(-1))
      // Tokens in order and touching: the covered ones are one run, found by binary search
      // (from the first starting at or after the quote's start to the first ending after its
      // end), and filled at once.
      if (paragraph.contiguous) {
        const first = firstFrom(starts, count, quote.start)
        covered.fill(number, first, Math.max(first, firstFrom(ends, count, quote.end + 1)))
        continue
      }
      for (let t = 0; t < count; t++) {
        if (starts[t]! >= quote.start && ends[t]! <= quote.end) covered[t] = number
      }
    }
  }
  return coverage
}

/** The index of the first of `count` sorted `offsets` at or after `offset` (`count` if none). */
function firstFrom(offsets: Int32Array, count: number, offset: number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsets[middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Token index of a mark in its paragraph. */
function tokenAt(paragraph: QuoteParagraph, offset: number): number {
  const {starts, ends} = paragraph
  let low = 0
  let high = paragraph.count - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (offset < starts[middle]!) high = middle - 1
    else if (offset >= ends[middle]!) low = middle + 1
    else return middle
  }
  return -1
}

/** Set the quote's word count, and whether it is a term or a title rather than speech. */
export function readQuote(paragraphs: readonly QuoteParagraph[], quote: Quote): void {
  let words = 0
  // The first word: its paragraph (`undefined`: no word) and token. Its string is not made:
  // `isFragment` reads its first character, and only for some quotes.
  let firstOwner: QuoteParagraph | undefined
  let firstToken = -1
  // Whether the words so far read as a title (checked until one does not).
  let titleCase = true
  for (const index of quote.paragraphs) {
    const paragraph = paragraphs[index]!
    const {kinds, contiguous, starts, ends, count} = paragraph
    const word = WORD // see `WORD` in types.ts
    // The tokens within the quote (`tokensWithin`), walked once.
    const first = contiguous ? firstFrom(starts, count, quote.start) : 0
    for (let t = first; t < count; t++) {
      if (contiguous && ends[t]! > quote.end) break
      if (kinds[t] !== word || (!contiguous && !isWithin(paragraph, t, quote))) continue
      if (titleCase) titleCase = isTitleWord(paragraph, t, words)
      if (words === 0) {
        firstOwner = paragraph
        firstToken = t
      }
      words++
    }
  }
  quote.words = words
  quote.notSpeech = undefined
  if (words >= 2 && titleCase) quote.notSpeech = 'title-case'
  else if (introducedAsTerm(paragraphs[quote.paragraphs[0]!]!, quote)) quote.notSpeech = 'term'
  else if (
    firstOwner !== undefined &&
    isFragment(paragraphs[quote.paragraphs[0]!]!, quote, firstOwner, firstToken)
  ) {
    quote.notSpeech = 'fragment'
  }
}

function isWithin(paragraph: QuoteParagraph, token: number, span: {start: number; end: number}) {
  return paragraph.starts[token]! >= span.start && paragraph.ends[token]! <= span.end
}

/**
 * Token indices [first, end) to look through for the tokens within `start` to `end`: when the
 * tokens are contiguous (sorted and apart), exactly those (from the first starting at or after
 * `start` to the first ending past `end`); else all of them.
 */
function tokensWithin(paragraph: QuoteParagraph, start: number, end: number): [number, number] {
  const {count, starts, ends} = paragraph
  if (!paragraph.contiguous) return [0, count]
  const first = firstFrom(starts, count, start)
  let last = first
  while (last < count && ends[last]! <= end) last++
  return [first, last]
}

/** ‘Prisoner for a Day’, 'Killer Drone': capitalised words, small words allowed inside. */
function isTitleWord(paragraph: QuoteParagraph, token: number, index: number): boolean {
  // A capital or digit first: nothing to strip, and it is one (most title words).
  const code = paragraph.firstCode(token)
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return true
  // A lower-case ASCII letter first and an ASCII letter last: nothing to strip at either end,
  // so the small word is the token's normal form (the class holds the same words).
  if (code >= 0x61 && code <= 0x7a && isAsciiLetter(paragraph.lastCode(token))) {
    return index > 0 && (paragraph.classes(token) & TITLE_SMALL_WORD) !== 0
  }
  const word = paragraph.value(token)
  const letters = word.replace(/^[^\p{L}\p{N}]+/u, '')
  if (/^[\p{Lu}\p{N}]/u.test(letters)) return true
  return index > 0 && titleSmallWords.has(letters.toLowerCase().replace(/[^\p{L}.]+$/u, ''))
}

/** called “deplorables”, the so-called “Killer Drone”, known as “the Rock”, a sign reading “…”. */
function introducedAsTerm(paragraph: QuoteParagraph, quote: Quote): boolean {
  const {kinds} = paragraph
  const open = tokenAt(paragraph, quote.open.start)
  let words = 0
  for (let index = open - 1; index >= 0 && words < 4; index--) {
    const kind = kinds[index]
    if (kind === SPACE) continue
    // the headline, “…”: one comma or colon right before the quote is allowed.
    if (words === 0 && kind === PUNCT && isOneOf(paragraph.value(index), [',', ':'])) continue
    if (kind !== WORD) return false
    words++
    if (!termShapes.mayHave(paragraph.shape(index))) continue
    if (paragraph.classes(index) & (TERM_INTRODUCER | AS_INTRODUCER)) return true
    if (paragraph.is(index, 'as') && previousWordIs(paragraph, index, 'such')) return true
  }
  return false
}

function isOneOf(value: string, values: readonly string[]): boolean {
  return values.includes(value)
}

/**
 * “abhorrence of the death penalty”: a quote that starts in lower case right after a word of
 * the writer's sentence is a fragment of a source that sentence names ("The motion expressed
 * the government's …"), not free-standing speech.
 */
function isFragment(
  paragraph: QuoteParagraph,
  quote: Quote,
  firstOwner: QuoteParagraph,
  firstToken: number
): boolean {
  const {kinds, sentenceOf, starts, ends} = paragraph
  const open = tokenAt(paragraph, quote.open.start)
  const sentence = sentenceOf[open]!
  let before = -1
  for (let index = open - 1; index >= 0; index--) {
    if (kinds[index] === SPACE) continue
    if (sentenceOf[index] === sentence) before = index
    break
  }
  if (before === -1) return false
  // Woven in after "that": "X reacted that “…”", "a threat that “…”".
  if (kinds[before] === WORD && paragraph.is(before, 'that')) return true
  // Lower case after anything of the sentence: “…, "prosecution for anti-national plots" …”.
  if (startsWithLower(firstOwner, firstToken)) return true
  // A name woven in after a word, with no sentence punctuation: the audit "Inspection générale".
  if (kinds[before] !== WORD) return false
  const [first, end] = tokensWithin(paragraph, quote.open.start, quote.end)
  for (let index = first; index < end; index++) {
    if (
      starts[index]! > quote.open.start &&
      ends[index]! < quote.end &&
      kinds[index] === PUNCT &&
      isOneOf(paragraph.value(index), sentencePunctuation)
    )
      return false
  }
  return true
}

const sentencePunctuation = ['.', ',', ';', ':', '!', '?']

/**
 * `/^[^\p{L}]*\p{Ll}/u` on token `index`: its first letter is lower case (an ASCII letter
 * first told from its code, without making the token's string).
 */
function startsWithLower(paragraph: QuoteParagraph, index: number): boolean {
  const code = paragraph.firstCode(index)
  if (code >= 0x61 && code <= 0x7a) return true
  if (code >= 0x41 && code <= 0x5a) return false
  return /^[^\p{L}]*\p{Ll}/u.test(paragraph.value(index))
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** Whether the previous token that is not white space is the word `word`. */
function previousWordIs(paragraph: QuoteParagraph, index: number, word: string): boolean {
  const {kinds} = paragraph
  for (let back = index - 1; back >= 0; back--) {
    const kind = kinds[back]
    if (kind === SPACE) continue
    return kind === WORD && paragraph.is(back, word)
  }
  return false
}

export interface Context {
  paragraphs: readonly QuoteParagraph[]
  quotes: readonly Quote[]
  coverage: Coverage
  verbs: VerbLexicon
}

/** Find the attribution of `quote` (a top-level quote; quotes before it already done). */
export function attribute(context: Context, quote: Quote): Attribution | undefined {
  const {paragraphs, coverage} = context
  const firstIndex = quote.paragraphs[0]!
  const lastIndex = quote.paragraphs[quote.paragraphs.length - 1]!
  const first = paragraphs[firstIndex]!
  const last = paragraphs[lastIndex]!
  const open = tokenAt(first, quote.open.start)
  // A quote with no closing mark runs to the end of its paragraph, or stops where its
  // attribution starts (`spans.ts`): then what follows it is searched as after a close.
  const close = quote.close
    ? tokenAt(last, quote.close.start)
    : quote.end < last.end
      ? tokenAt(last, quote.end - 1)
      : last.count - 1
  const ended = quote.close !== undefined || close < last.count - 1
  const firstCovered = coveredIn(coverage, firstIndex)
  const lastCovered = coveredIn(coverage, lastIndex)

  // 1. The quote's own sentence: before the opening mark, after the closing one.
  const openSentence = first.sentenceOf[open]!
  const closeSentence = last.sentenceOf[close]!

  // A colon right before the quote: "X said:", "NAME:", "The report concluded:".
  const colon = colonBefore(first, open)
  const nearestBefore = lastCue(
    first,
    firstCovered,
    first.sentences[openSentence]![0],
    open,
    context.verbs
  )
  const nearestAfter = ended
    ? firstCue(last, lastCovered, close + 1, last.sentences[closeSentence]![1], context.verbs)
    : undefined
  let chosen: {paragraph: QuoteParagraph; cue: Cue; covered: Int32Array} | undefined
  if (
    nearestAfter &&
    (!nearestBefore ||
      wordsBetween(last, close, nearestAfter.token) <=
        wordsBetween(first, nearestBefore.token, open))
  ) {
    chosen = {paragraph: last, cue: nearestAfter, covered: lastCovered}
  } else if (nearestBefore) {
    chosen = {paragraph: first, cue: nearestBefore, covered: firstCovered}
  }
  if (chosen)
    return make(
      chosen.paragraph,
      chosen.cue,
      speakerOf(chosen.paragraph, chosen.cue, chosen.covered),
      'sentence'
    )
  if (colon !== undefined) return colonAttribution(first, colon, firstCovered, 'sentence')
  // (Looked for only now: most quotes have a cue.)
  const signOff = signOffAfter(last, close)
  if (signOff) return signOff
  const nameAfter = ended ? nameAfterComma(last, close) : undefined
  if (nameAfter) return nameAfter
  // “Hough chocked it up to immaturity, “…”": a named subject, the quote after a comma.
  if (introducedByPunctuation(first, open) || trailsSentence(first, open)) {
    const subject = leadingSubject(first, openSentence, firstCovered, open)
    if (subject) return subject
  }

  // A quote right before it in the same sentence (“…,” “…”): its speaker carries over.
  for (let index = open - 1; index >= first.sentences[openSentence]![0]; index--) {
    const number = firstCovered[index]!
    if (number === -1) continue
    const previous = context.quotes[number]!
    if (previous.attribution) return {...previous.attribution, place: 'follow-on'}
    break
  }

  // 2. Earlier sentences of the paragraph, back to a quote by someone else. The sentence
  // just before may name the speaker as its subject ("Staub also felt …. “…”").
  for (let sentence = openSentence - 1; sentence >= 0; sentence--) {
    const [from, to] = first.sentences[sentence]!
    const found = inSentence(context, firstIndex, from, to, 'previous-sentence')
    if (found !== 'none') return found === 'stop' ? undefined : found
    if (sentence === openSentence - 1) {
      const subject = leadingSubject(first, sentence, firstCovered, to)
      if (subject) return {...subject, place: 'previous-sentence'}
    }
  }

  // 3. The sentence after the quote: a cue, or a demonstrative that names the source.
  const next = last.sentences[closeSentence + 1]
  if (ended && next) {
    const cue = firstCue(last, lastCovered, next[0], next[1], context.verbs)
    if (cue) {
      const speaker = speakerOf(last, cue, lastCovered)
      if (speaker.span) return make(last, cue, speaker, 'next-sentence')
    }
    const source = sourceNamedAfter(last, next[0], next[1])
    if (source) return source
  }

  // 4. The paragraph before, for a quote with no other quote before it in its paragraph.
  let quoteBefore = false
  for (let index = 0; index < open && !quoteBefore; index++) {
    quoteBefore = firstCovered[index]! !== -1
  }
  if (quoteBefore || firstIndex === 0) return undefined
  return fromPreviousParagraph(context, firstIndex - 1)
}

type Found = Attribution | 'none' | 'stop'

/** An earlier sentence: its own cue, or the speaker of the quote in it, or a stop. */
function inSentence(
  context: Context,
  paragraphIndex: number,
  from: number,
  to: number,
  place: AttributionPlace
): Found {
  const paragraph = context.paragraphs[paragraphIndex]!
  const covered = coveredIn(context.coverage, paragraphIndex)
  // The last quote of the sentence: its speaker carries over, never past it.
  let lastQuote = -1
  for (let index = to - 1; index >= from; index--) {
    if (covered[index]! !== -1) {
      lastQuote = covered[index]!
      break
    }
  }
  if (lastQuote !== -1) {
    const quote = context.quotes[lastQuote]!
    if (quote.attribution) return {...quote.attribution, place: 'follow-on'}
    if (quote.notSpeech === undefined) return 'stop'
  }
  // Its cues, from the last, are looked for only now (none if the quote's speaker carries over).
  let cue = lastCue(paragraph, covered, from, to, context.verbs)
  while (cue) {
    const speaker = speakerOf(paragraph, cue, covered)
    if (speaker.span) return make(paragraph, cue, speaker, place)
    cue = lastCue(paragraph, covered, from, cue.token, context.verbs)
  }
  return 'none'
}

function fromPreviousParagraph(context: Context, index: number): Attribution | undefined {
  const paragraph = context.paragraphs[index]!
  const covered = coveredIn(context.coverage, index)
  const lastSentence = paragraph.sentences[paragraph.sentences.length - 1]
  if (!lastSentence) return undefined
  const {kinds, count} = paragraph
  // Ends with a colon: "Park said:" then the quote as a paragraph of its own.
  let end = count - 1
  while (end >= 0 && kinds[end] === SPACE) end--
  if (end >= 0 && consistsOf(paragraph.value(end), ':')) {
    return colonAttribution(paragraph, end, covered, 'previous-paragraph')
  }
  // A short heading that announces quotes: "Quotes from the book.", "Statements."
  let words = 0
  let noun = -1
  // Past six words it is no heading: stop counting there.
  for (let t = 0; t < count && words <= 6; t++) {
    if (kinds[t] !== WORD) continue
    words++
    if (noun === -1 && paragraph.classes(t) & HEADING_NOUN) noun = t
  }
  if (noun !== -1 && words <= 6 && !anyCovered(covered, count)) {
    return {
      cue: {
        start: paragraph.starts[noun]!,
        end: paragraph.ends[noun]!,
        text: paragraph.value(noun),
        kind: 'speech-event'
      },
      speaker: undefined,
      speakerKind: 'unknown',
      place: 'previous-paragraph'
    }
  }
  // Its last quote's speaker, or the last sentence that reports someone's speech.
  for (let sentence = paragraph.sentences.length - 1; sentence >= 0; sentence--) {
    const [from, to] = paragraph.sentences[sentence]!
    const found = inSentence(context, index, from, to, 'previous-paragraph')
    if (found === 'stop') return undefined
    if (found !== 'none') return found
  }
  return undefined
}

/** Nouns of a heading that introduces a list of quotes. */
const headingNouns: ReadonlySet<string> = new Set([
  'quotes',
  'quotations',
  'statement',
  'statements',
  'remarks',
  'comments',
  'excerpts',
  'reactions',
  'responses'
])

const HEADING_NOUN = wordClass(headingNouns)

/** Whether any of the first `count` tokens is in a quote. */
function anyCovered(covered: Int32Array, count: number): boolean {
  for (let index = 0; index < count; index++) if (covered[index] !== -1) return true
  return false
}

function colonAttribution(
  paragraph: QuoteParagraph,
  colon: number,
  covered: Int32Array,
  place: AttributionPlace
): Attribution {
  const speaker = speakerOf(paragraph, {token: colon, kind: 'colon'}, covered)
  const label =
    speaker.span !== undefined &&
    capitalisedWordsBefore(paragraph, colon) &&
    speaker.span.start === firstWordStart(paragraph)
  return {
    cue: {
      start: paragraph.starts[colon]!,
      end: paragraph.ends[colon]!,
      text: paragraph.value(colon),
      kind: label ? 'label' : 'colon'
    },
    speaker: speaker.span,
    speakerKind: speaker.kind,
    place
  }
}

/** Whether every word before token `end` starts with a capital letter. */
function capitalisedWordsBefore(paragraph: QuoteParagraph, end: number): boolean {
  for (let index = 0; index < end; index++) {
    if (paragraph.kinds[index] === WORD && !startsUpper(paragraph, index)) return false
  }
  return true
}

function firstWordStart(paragraph: QuoteParagraph): number {
  const index = paragraph.kinds.indexOf(WORD)
  return index === -1 ? -1 : paragraph.starts[index]!
}

/** An opening mark the parser left at the end of the sentence before the quote's words. */
function trailsSentence(paragraph: QuoteParagraph, open: number): boolean {
  const [, end] = paragraph.sentences[paragraph.sentenceOf[open]!]!
  for (let index = open + 1; index < end && index < paragraph.count; index++) {
    if (paragraph.kinds[index] === WORD) return false
  }
  return true
}

const introducingPunctuation = [',', ';', ':', '\u2014', '\u2013', '--']

/** Whether a comma, colon or dash comes right before the opening mark. */
function introducedByPunctuation(paragraph: QuoteParagraph, open: number): boolean {
  for (let index = open - 1; index >= 0; index--) {
    const kind = paragraph.kinds[index]
    if (kind === SPACE) continue
    return kind === PUNCT && isOneOf(paragraph.value(index), introducingPunctuation)
  }
  return false
}

/** Pronouns that open a sentence about someone already named. */
const SUBJECT_PRONOUN = wordClass(['he', 'she', 'they'])

/**
 * The subject of a sentence when it is a person: a leading pronoun, or a run of capitalised
 * words opening it ("Techli's Kathryn Hough", "US Secretary of State Condoleezza Rice"). `end` is the token index to stop at.
 */
function leadingSubject(
  paragraph: QuoteParagraph,
  sentence: number,
  covered: Int32Array,
  end: number
): Attribution | undefined {
  const {kinds} = paragraph
  const [from] = paragraph.sentences[sentence]!
  const words: number[] = []
  for (let index = from; index < end && words.length < 8; index++) {
    const kind = kinds[index]
    if (covered[index] !== -1 || kind === MARK) return undefined
    if (kind === PUNCT) {
      const value = paragraph.value(index)
      if (value !== '.' && value !== "'") break
    }
    if (kind === WORD) words.push(index)
  }
  const firstWord = words[0]
  if (firstWord === undefined) return undefined
  if (paragraph.classes(firstWord) & SUBJECT_PRONOUN)
    return subjectAttribution(paragraph, firstWord, firstWord, 'pronoun')
  // A run of capitalised words opening the sentence.
  if (!startsUpper(paragraph, firstWord) || paragraph.classes(firstWord) & CAPITALISED_COMMON)
    return undefined
  let stop = 0
  while (stop + 1 < words.length && startsUpper(paragraph, words[stop + 1]!)) stop++
  if (paragraph.classes(words[stop]!) & ORGANISATION_HEAD) return undefined
  return subjectAttribution(paragraph, firstWord, words[stop]!, 'person')
}

/** `from` and `to`: token indices of the subject's first and last words. */
function subjectAttribution(
  paragraph: QuoteParagraph,
  from: number,
  to: number,
  kind: 'person' | 'pronoun'
): Attribution {
  const text = kind === 'pronoun' ? paragraph.value(from) : paragraph.textBetween(from, to)
  const start = paragraph.starts[from]!
  const end = paragraph.ends[to]!
  return {
    cue: {start, end, text, kind: 'subject'},
    speaker: {start, end, text},
    speakerKind: kind,
    place: 'sentence'
  }
}

/** “It's awful,” Keith Rushton, a professor …: a name right after a comma-ended quote. */
function nameAfterComma(paragraph: QuoteParagraph, close: number): Attribution | undefined {
  const {kinds, count} = paragraph
  let inside = close - 1
  while (inside >= 0 && kinds[inside] === SPACE) inside--
  if (inside < 0 || paragraph.value(inside) !== ',') return undefined
  let index = close + 1
  while (index < count && kinds[index] === SPACE) index++
  if (index >= count || kinds[index] !== WORD || !startsUpper(paragraph, index)) return undefined
  if (paragraph.classes(index) & (CAPITALISED_COMMON | PRONOUN_AT_START)) return undefined
  const end = capitalisedRunEnd(paragraph, index)
  return subjectAttribution(paragraph, index, end, 'person')
}

const PRONOUN_AT_START = wordClass(['i', 'we', 'you', 'it'])

/** Index of the last word of the run of capitalised words starting at `index` (a name). */
function capitalisedRunEnd(paragraph: QuoteParagraph, index: number): number {
  const {kinds, count} = paragraph
  let end = index
  while (
    end + 2 < count &&
    kinds[end + 1] === SPACE &&
    kinds[end + 2] === WORD &&
    startsUpper(paragraph, end + 2)
  )
    end += 2
  return end
}

/**
 * “…” This is one of the platform issues of Jack the Wiz. / These were the words of X. / That
 * was from X's speech: the sentence after a quote opens with a demonstrative and a form of
 * "be", and names the source, capitalised, right after "of", "from" or "by". A sentence that
 * names nobody so ("This is one of the reasons") attributes nothing.
 */
function sourceNamedAfter(
  paragraph: QuoteParagraph,
  from: number,
  to: number
): Attribution | undefined {
  const {kinds} = paragraph
  const words: number[] = []
  for (let index = from; index < to; index++) if (kinds[index] === WORD) words.push(index)
  if (words.length < 4) return undefined
  if (!isAnyOf(paragraph, words[0]!, demonstratives)) return undefined
  if (!isAnyOf(paragraph, words[1]!, copulas)) return undefined
  for (let at = 2; at < words.length - 1; at++) {
    const preposition = words[at]!
    const name = preposition + 2
    if (!isAnyOf(paragraph, preposition, sourcePrepositions)) continue
    if (name >= to || kinds[preposition + 1] !== SPACE || kinds[name] !== WORD) continue
    if (!startsUpper(paragraph, name)) continue
    if (paragraph.classes(name) & (CAPITALISED_COMMON | PRONOUN_AT_START)) continue
    const end = capitalisedRunEnd(paragraph, name)
    const text = paragraph.textBetween(name, end)
    const nameWords: number[] = []
    for (let index = name; index <= end; index += 2) nameWords.push(index)
    return {
      cue: {
        start: paragraph.starts[words[0]!]!,
        end: paragraph.ends[words[1]!]!,
        text: paragraph.textBetween(words[0]!, words[1]!),
        kind: 'identified'
      },
      speaker: {start: paragraph.starts[name]!, end: paragraph.ends[end]!, text},
      speakerKind: classifySpeaker(paragraph, nameWords, [], text).kind,
      place: 'next-sentence'
    }
  }
  return undefined
}

const demonstratives = ['this', 'that', 'these', 'those']
const copulas = ['is', 'was', 'are', 'were']
const sourcePrepositions = ['of', 'from', 'by']

function isAnyOf(paragraph: QuoteParagraph, index: number, words: readonly string[]): boolean {
  return words.some((word) => paragraph.is(index, word))
}

/** Index of a colon just before the opening mark (spaces between), if any. */
function colonBefore(paragraph: QuoteParagraph, open: number): number | undefined {
  for (let index = open - 1; index >= 0; index--) {
    const kind = paragraph.kinds[index]
    if (kind === SPACE) continue
    return kind === PUNCT && consistsOf(paragraph.value(index), ':') ? index : undefined
  }
  return undefined
}

/** “…” — Name: a dash after the closing mark, then a capitalised name. */
function signOffAfter(paragraph: QuoteParagraph, close: number): Attribution | undefined {
  const {kinds, count} = paragraph
  let index = close + 1
  while (index < count && kinds[index] === SPACE) index++
  if (index >= count || kinds[index] !== PUNCT) return undefined
  const dash = index
  if (!consistsOf(paragraph.value(dash), '\u2014\u2013-')) return undefined
  index++
  while (index < count && kinds[index] === SPACE) index++
  if (index >= count || kinds[index] !== WORD || !startsUpper(paragraph, index)) return undefined
  const end = capitalisedRunEnd(paragraph, index)
  return {
    cue: {
      start: paragraph.starts[dash]!,
      end: paragraph.ends[dash]!,
      text: paragraph.value(dash),
      kind: 'sign-off'
    },
    speaker: {
      start: paragraph.starts[index]!,
      end: paragraph.ends[end]!,
      text: paragraph.textBetween(index, end)
    },
    speakerKind: 'person',
    place: 'sentence'
  }
}

function wordsBetween(paragraph: QuoteParagraph, from: number, to: number): number {
  const {kinds} = paragraph
  const word = WORD // see `WORD` in types.ts
  let words = 0
  for (let index = from + 1; index < to; index++) if (kinds[index] === word) words++
  return words
}

function make(
  paragraph: QuoteParagraph,
  cue: Cue,
  speaker: SpeakerPhrase,
  place: AttributionPlace
): Attribution {
  return {
    cue: {
      start: paragraph.starts[cue.token]!,
      end: paragraph.ends[cue.token]!,
      text: paragraph.value(cue.token),
      kind: cue.kind
    },
    speaker: speaker.span,
    speakerKind: speaker.kind,
    place
  }
}
