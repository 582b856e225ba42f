/**
 * Who said each quote. The search, in order: the quote's own sentence; earlier sentences of
 * its paragraph (back to a quote by someone else, whose speaker carries over); the sentence
 * after it; then, for a quote that opens its paragraph, the paragraph before: one ending with
 * a colon, one whose last quote has a speaker (a follow-on quote paragraph), or one whose last
 * sentence reports someone's speech. Nested quotes belong to the quote around them.
 */
import type {Cue, SpeakerPhrase} from './cues.js'
import {findCues, speakerOf} from './cues.js'
import {
  asIntroducers,
  capitalisedCommon,
  organisationHeads,
  termIntroducers,
  titleSmallWords
} from './lexicon.js'
import {normal} from './tokens.js'
import type {
  Attribution,
  AttributionPlace,
  NotSpeechReason,
  Quote,
  QuoteParagraph,
  Token
} from './types.js'
import type {VerbLexicon} from './verbs.js'

/**
 * Per paragraph: for each token, the top-level quote that covers it (or -1). Made on first
 * use for a paragraph (`coveredIn`), so paragraphs without quotes are never tokenised.
 */
export interface Coverage {
  paragraphs: readonly QuoteParagraph[]
  arrays: Map<number, Int32Array>
}

export function coveredIn(coverage: Coverage, index: number): Int32Array {
  let covered = coverage.arrays.get(index)
  if (!covered) {
    covered = new Int32Array(coverage.paragraphs[index]!.tokens.length).fill(-1)
    coverage.arrays.set(index, covered)
  }
  return covered
}

export function coverageOf(
  paragraphs: readonly QuoteParagraph[],
  quotes: readonly Quote[]
): Coverage {
  const coverage: Coverage = {paragraphs, arrays: new Map()}
  quotes.forEach((quote, number) => {
    if (quote.depth > 0) return
    for (const index of quote.paragraphs) {
      const paragraph = paragraphs[index]!
      const covered = coveredIn(coverage, index)
      paragraph.tokens.forEach((token, t) => {
        if (token.start >= quote.start && token.end <= quote.end) covered[t] = number
      })
    }
  })
  return coverage
}

/** Token index of a mark in its paragraph. */
function tokenAt(paragraph: QuoteParagraph, offset: number): number {
  let low = 0
  let high = paragraph.tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const token = paragraph.tokens[middle]!
    if (offset < token.start) high = middle - 1
    else if (offset >= token.end) low = middle + 1
    else return middle
  }
  return -1
}

/** Word count, and whether the quote is a term or a title rather than speech. */
export function readQuote(
  paragraphs: readonly QuoteParagraph[],
  quote: Quote
): {words: number; notSpeech: NotSpeechReason | undefined} {
  const words = []
  for (const index of quote.paragraphs) {
    for (const token of paragraphs[index]!.tokens) {
      if (token.kind === 'word' && token.start >= quote.start && token.end <= quote.end)
        words.push(token)
    }
  }
  let notSpeech: NotSpeechReason | undefined
  if (words.length > 0 && isTitleCase(words.map((word) => word.value))) notSpeech = 'title-case'
  else if (introducedAsTerm(paragraphs[quote.paragraphs[0]!]!, quote)) notSpeech = 'term'
  else if (isFragment(paragraphs[quote.paragraphs[0]!]!, quote, words[0]?.value))
    notSpeech = 'fragment'
  return {words: words.length, notSpeech}
}

/** ‘Prisoner for a Day’, 'Killer Drone': capitalised words, small words allowed inside. */
function isTitleCase(words: readonly string[]): boolean {
  if (words.length < 2) return false
  return words.every((word, index) => {
    const letters = word.replace(/^[^\p{L}\p{N}]+/u, '')
    if (/^[\p{Lu}\p{N}]/u.test(letters)) return true
    return index > 0 && titleSmallWords.has(letters.toLowerCase().replace(/[^\p{L}.]+$/u, ''))
  })
}

/** called “deplorables”, the so-called “Killer Drone”, known as “the Rock”, a sign reading “…”. */
function introducedAsTerm(paragraph: QuoteParagraph, quote: Quote): boolean {
  const open = tokenAt(paragraph, quote.open.start)
  let words = 0
  for (let index = open - 1; index >= 0 && words < 4; index--) {
    const token = paragraph.tokens[index]!
    if (token.kind === 'space') continue
    // the headline, “…”: one comma or colon right before the quote is allowed.
    if (words === 0 && token.kind === 'punct' && /^[,:]$/.test(token.value)) continue
    if (token.kind !== 'word') return false
    words++
    const word = normal(token)
    if (termIntroducers.has(word)) return true
    if (asIntroducers.has(word)) return true
    if (word === 'as' && previousWord(paragraph, index) === 'such') return true
  }
  return false
}

/**
 * “abhorrence of the death penalty”: a quote that starts in lower case right after a word of
 * the writer's sentence is a fragment of a source that sentence names ("The motion expressed
 * the government's …"), not free-standing speech.
 */
function isFragment(
  paragraph: QuoteParagraph,
  quote: Quote,
  firstWord: string | undefined
): boolean {
  if (firstWord === undefined) return false
  const open = tokenAt(paragraph, quote.open.start)
  const sentence = paragraph.tokens[open]!.sentence
  let before: Token | undefined
  for (let index = open - 1; index >= 0; index--) {
    const token = paragraph.tokens[index]!
    if (token.kind === 'space') continue
    if (token.sentence === sentence) before = token
    break
  }
  if (!before) return false
  // Woven in after "that": "X reacted that “…”", "a threat that “…”".
  if (before.kind === 'word' && normal(before) === 'that') return true
  // Lower case after anything of the sentence: “…, "prosecution for anti-national plots" …”.
  if (/^[^\p{L}]*\p{Ll}/u.test(firstWord)) return true
  // A name woven in after a word, with no sentence punctuation: the audit "Inspection générale".
  if (before.kind !== 'word') return false
  return !paragraph.tokens.some(
    (token) =>
      token.start > quote.open.start &&
      token.end < quote.end &&
      token.kind === 'punct' &&
      /^[.,;:!?]$/.test(token.value)
  )
}

function previousWord(paragraph: QuoteParagraph, index: number): string | undefined {
  for (let back = index - 1; back >= 0; back--) {
    const token = paragraph.tokens[back]!
    if (token.kind === 'space') continue
    return token.kind === 'word' ? normal(token) : undefined
  }
  return undefined
}

interface Context {
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
  const close = quote.close ? tokenAt(last, quote.close.start) : last.tokens.length - 1
  const firstCovered = coveredIn(coverage, firstIndex)
  const lastCovered = coveredIn(coverage, lastIndex)
  const isFirstCovered = (index: number) => firstCovered[index]! !== -1
  const isLastCovered = (index: number) => lastCovered[index]! !== -1

  // 1. The quote's own sentence: before the opening mark, after the closing one.
  const openSentence = first.tokens[open]!.sentence
  const closeSentence = last.tokens[close]!.sentence
  const before = outside(first, firstCovered, first.sentences[openSentence]![0], open)
  const after = quote.close
    ? outside(last, lastCovered, close + 1, last.sentences[closeSentence]![1])
    : []

  // A colon right before the quote: "X said:", "NAME:", "The report concluded:".
  const colon = colonBefore(first, open)
  const beforeCues = findCues(first, before, context.verbs)
  const afterCues = findCues(last, after, context.verbs)
  const signOff = signOffAfter(last, close)
  const nearestBefore = beforeCues[beforeCues.length - 1]
  const nearestAfter = afterCues[0]
  let chosen: {paragraph: QuoteParagraph; cue: Cue; covered: (index: number) => boolean} | undefined
  if (
    nearestAfter &&
    (!nearestBefore ||
      wordsBetween(last, close, nearestAfter.token) <=
        wordsBetween(first, nearestBefore.token, open))
  ) {
    chosen = {paragraph: last, cue: nearestAfter, covered: isLastCovered}
  } else if (nearestBefore) {
    chosen = {paragraph: first, cue: nearestBefore, covered: isFirstCovered}
  }
  if (chosen)
    return make(
      chosen.paragraph,
      chosen.cue,
      speakerOf(chosen.paragraph, chosen.cue, chosen.covered),
      'sentence'
    )
  if (colon !== undefined) return colonAttribution(first, colon, firstCovered, 'sentence')
  if (signOff) return signOff
  const nameAfter = quote.close ? nameAfterComma(last, close) : undefined
  if (nameAfter) return nameAfter
  // “Hough chocked it up to immaturity, “…”": a named subject, the quote after a comma.
  if (introducedByPunctuation(first, open) || trailsSentence(first, open)) {
    const subject = leadingSubject(first, openSentence, isFirstCovered, open)
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
      const subject = leadingSubject(first, sentence, isFirstCovered, to)
      if (subject) return {...subject, place: 'previous-sentence'}
    }
  }

  // 3. The sentence after the quote.
  const next = last.sentences[closeSentence + 1]
  if (quote.close && next) {
    const indices = outside(last, lastCovered, next[0], next[1])
    const cues = findCues(last, indices, context.verbs)
    const cue = cues[0]
    if (cue) {
      const speaker = speakerOf(last, cue, isLastCovered)
      if (speaker.span) return make(last, cue, speaker, 'next-sentence')
    }
  }

  // 4. The paragraph before, for a quote with no other quote before it in its paragraph.
  const quoteBefore = first.tokens.slice(0, open).some((_, index) => firstCovered[index]! !== -1)
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
  const isCovered = (index: number) => covered[index]! !== -1
  const cues = findCues(paragraph, outside(paragraph, covered, from, to), context.verbs)
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
  for (let index = cues.length - 1; index >= 0; index--) {
    const cue = cues[index]!
    const speaker = speakerOf(paragraph, cue, isCovered)
    if (speaker.span) return make(paragraph, cue, speaker, place)
  }
  return 'none'
}

function fromPreviousParagraph(context: Context, index: number): Attribution | undefined {
  const paragraph = context.paragraphs[index]!
  const covered = coveredIn(context.coverage, index)
  const lastSentence = paragraph.sentences[paragraph.sentences.length - 1]
  if (!lastSentence) return undefined
  // Ends with a colon: "Park said:" then the quote as a paragraph of its own.
  let end = paragraph.tokens.length - 1
  while (end >= 0 && paragraph.tokens[end]!.kind === 'space') end--
  if (end >= 0 && /^:+$/.test(paragraph.tokens[end]!.value)) {
    return colonAttribution(paragraph, end, covered, 'previous-paragraph')
  }
  // A short heading that announces quotes: "Quotes from the book.", "Statements."
  const words = paragraph.tokens.filter((token) => token.kind === 'word')
  const noun = words.find((token) => headingNouns.has(normal(token)))
  if (noun && words.length <= 6 && quotesIn(covered) === 0) {
    return {
      cue: {start: noun.start, end: noun.end, text: noun.value, kind: 'speech-event'},
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

function quotesIn(covered: Int32Array): number {
  return covered.some((value) => value !== -1) ? 1 : 0
}

function colonAttribution(
  paragraph: QuoteParagraph,
  colon: number,
  covered: Int32Array,
  place: AttributionPlace
): Attribution {
  const isCovered = (index: number) => covered[index]! !== -1
  const speaker = speakerOf(paragraph, {token: colon, kind: 'colon'}, isCovered)
  const label =
    speaker.span !== undefined &&
    paragraph.tokens
      .slice(0, colon)
      .every((token) => token.kind !== 'word' || /^\p{Lu}/u.test(token.value)) &&
    speaker.span.start === firstWordStart(paragraph)
  const token = paragraph.tokens[colon]!
  return {
    cue: {start: token.start, end: token.end, text: token.value, kind: label ? 'label' : 'colon'},
    speaker: speaker.span,
    speakerKind: speaker.kind,
    place
  }
}

function firstWordStart(paragraph: QuoteParagraph): number {
  return paragraph.tokens.find((token) => token.kind === 'word')?.start ?? -1
}

/** An opening mark the parser left at the end of the sentence before the quote's words. */
function trailsSentence(paragraph: QuoteParagraph, open: number): boolean {
  const [, end] = paragraph.sentences[paragraph.tokens[open]!.sentence]!
  return paragraph.tokens.slice(open + 1, end).every((token) => token.kind !== 'word')
}

/** Whether a comma, colon or dash comes right before the opening mark. */
function introducedByPunctuation(paragraph: QuoteParagraph, open: number): boolean {
  for (let index = open - 1; index >= 0; index--) {
    const token = paragraph.tokens[index]!
    if (token.kind === 'space') continue
    return token.kind === 'punct' && /^(?:[,;:\u2014\u2013]|--)$/.test(token.value)
  }
  return false
}

/** Pronouns that open a sentence about someone already named. */
const subjectPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they'])

/**
 * The subject of a sentence when it is a person: a leading pronoun, or a run of capitalised
 * words opening it ("Techli's Kathryn Hough", "US Secretary of State Condoleezza Rice"). `end` is the token index to stop at.
 */
function leadingSubject(
  paragraph: QuoteParagraph,
  sentence: number,
  covered: (index: number) => boolean,
  end: number
): Attribution | undefined {
  const [from] = paragraph.sentences[sentence]!
  const words: Token[] = []
  for (let index = from; index < end && words.length < 8; index++) {
    const token = paragraph.tokens[index]!
    if (covered(index) || token.kind === 'mark') return undefined
    if (token.kind === 'punct' && token.value !== '.' && token.value !== "'") break
    if (token.kind === 'word') words.push(token)
  }
  const firstWord = words[0]
  if (!firstWord) return undefined
  if (subjectPronouns.has(normal(firstWord)))
    return subjectAttribution(firstWord, firstWord, 'pronoun')
  // A run of capitalised words opening the sentence.
  if (!/^\p{Lu}/u.test(firstWord.value) || capitalisedCommon.has(normal(firstWord)))
    return undefined
  let stop = 0
  while (stop + 1 < words.length && /^\p{Lu}/u.test(words[stop + 1]!.value)) stop++
  if (organisationHeads.has(normal(words[stop]!))) return undefined
  return subjectAttribution(firstWord, words[stop]!, 'person', paragraph)
}

function subjectAttribution(
  from: Token,
  to: Token,
  kind: 'person' | 'pronoun',
  paragraph?: QuoteParagraph
): Attribution {
  const text = paragraph
    ? paragraph.tokens
        .filter((token) => token.start >= from.start && token.end <= to.end)
        .map((token) => token.value)
        .join('')
    : from.value
  return {
    cue: {start: from.start, end: to.end, text, kind: 'subject'},
    speaker: {start: from.start, end: to.end, text},
    speakerKind: kind,
    place: 'sentence'
  }
}

/** “It's awful,” Keith Rushton, a professor …: a name right after a comma-ended quote. */
function nameAfterComma(paragraph: QuoteParagraph, close: number): Attribution | undefined {
  const {tokens} = paragraph
  let inside = close - 1
  while (inside >= 0 && tokens[inside]!.kind === 'space') inside--
  if (inside < 0 || tokens[inside]!.value !== ',') return undefined
  let index = close + 1
  while (index < tokens.length && tokens[index]!.kind === 'space') index++
  const name = tokens[index]
  if (!name || name.kind !== 'word' || !/^\p{Lu}/u.test(name.value)) return undefined
  if (capitalisedCommon.has(normal(name)) || pronounsAtStart.has(normal(name))) return undefined
  const end = capitalisedRunEnd(tokens, index)
  return subjectAttribution(name, tokens[end]!, 'person', paragraph)
}

const pronounsAtStart: ReadonlySet<string> = new Set(['i', 'we', 'you', 'it'])

/** Index of the last word of the run of capitalised words starting at `index` (a name). */
function capitalisedRunEnd(tokens: QuoteParagraph['tokens'], index: number): number {
  let end = index
  while (
    end + 2 < tokens.length &&
    tokens[end + 1]!.kind === 'space' &&
    tokens[end + 2]!.kind === 'word' &&
    /^\p{Lu}/u.test(tokens[end + 2]!.value)
  )
    end += 2
  return end
}

/** Index of a colon just before the opening mark (spaces between), if any. */
function colonBefore(paragraph: QuoteParagraph, open: number): number | undefined {
  for (let index = open - 1; index >= 0; index--) {
    const token = paragraph.tokens[index]!
    if (token.kind === 'space') continue
    return token.kind === 'punct' && /^:+$/.test(token.value) ? index : undefined
  }
  return undefined
}

/** “…” — Name: a dash after the closing mark, then a capitalised name. */
function signOffAfter(paragraph: QuoteParagraph, close: number): Attribution | undefined {
  const {tokens} = paragraph
  let index = close + 1
  while (index < tokens.length && tokens[index]!.kind === 'space') index++
  const dash = tokens[index]
  if (!dash || dash.kind !== 'punct' || !/^[\u2014\u2013-]+$/.test(dash.value)) return undefined
  index++
  while (index < tokens.length && tokens[index]!.kind === 'space') index++
  const name = tokens[index]
  if (!name || name.kind !== 'word' || !/^\p{Lu}/u.test(name.value)) return undefined
  const end = capitalisedRunEnd(tokens, index)
  const text = tokens
    .slice(index, end + 1)
    .map((token) => token.value)
    .join('')
  return {
    cue: {start: dash.start, end: dash.end, text: dash.value, kind: 'sign-off'},
    speaker: {start: name.start, end: tokens[end]!.end, text},
    speakerKind: 'person',
    place: 'sentence'
  }
}

/** Token indices in [from, to) outside every quote. */
function outside(
  paragraph: QuoteParagraph,
  covered: Int32Array,
  from: number,
  to: number
): number[] {
  const result: number[] = []
  for (let index = from; index < to && index < paragraph.tokens.length; index++) {
    if (covered[index]! === -1) result.push(index)
  }
  return result
}

function wordsBetween(paragraph: QuoteParagraph, from: number, to: number): number {
  let words = 0
  for (let index = from + 1; index < to; index++)
    if (paragraph.tokens[index]!.kind === 'word') words++
  return words
}

function make(
  paragraph: QuoteParagraph,
  cue: Cue,
  speaker: SpeakerPhrase,
  place: AttributionPlace
): Attribution {
  const token = paragraph.tokens[cue.token]!
  return {
    cue: {start: token.start, end: token.end, text: token.value, kind: cue.kind},
    speaker: speaker.span,
    speakerKind: speaker.kind,
    place
  }
}
