/**
 * Attribution cues in a stretch of a paragraph, and the speaker phrase each one names:
 * speech verbs (with the subject before them, or after them when inverted: “…,” said X),
 * "according to X", speech events ("in a statement") and a colon before the quote.
 */
import {phraseStops, speechEventNouns, speechEventPrepositions, subjectTrailers} from './lexicon.js'
import {classifySpeaker} from './speaker.js'
import {isCapitalised, normal} from './tokens.js'
import type {CueKind, QuoteParagraph, SpeakerKind, Span, Token} from './types.js'
import type {VerbLexicon} from './verbs.js'
import {verbLexicon} from './verbs.js'

/**
 * Speech verbs that are nouns too, in their bare and -s forms ("claims", "notes"): they count
 * only right after a subject pronoun, an auxiliary or (-s forms) a name: "It claims", "did
 * state", "Microsoft notes".
 */
const nounForms: VerbLexicon = verbLexicon(
  ['claim', 'note', 'state', 'comment', 'remark', 'report', 'reply', 'answer', 'quote', 'estimate'],
  true
)
const pronounsAndAuxiliaries: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'did',
  'does',
  'do',
  'will',
  'would',
  'not'
])

export interface Cue {
  /** Token index of the cue word in the paragraph. */
  token: number
  kind: CueKind
}

export interface SpeakerPhrase {
  span: Span | undefined
  kind: SpeakerKind
  vague: boolean
}

/**
 * Cues among `indices` (token indices of one paragraph, in order, outside quotes).
 * `covered[i]` tells whether token i is inside a quote.
 */
export function findCues(
  paragraph: QuoteParagraph,
  indices: readonly number[],
  verbs: VerbLexicon
): Cue[] {
  const {tokens} = paragraph
  const cues: Cue[] = []
  for (let position = 0; position < indices.length; position++) {
    const index = indices[position]!
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    const word = normal(token)
    if (verbs.has(word) || (nounForms.has(word) && afterSubject(tokens, index, token))) {
      cues.push({token: index, kind: 'verb'})
    } else if (word === 'like' && quotativeLike(tokens, index)) {
      cues.push({token: index, kind: 'verb'})
    } else if (word === 'according' && nextWord(tokens, index) === 'to') {
      cues.push({token: index, kind: 'according-to'})
    } else if (speechEventNouns.has(word) && eventPreposition(tokens, index)) {
      cues.push({token: index, kind: 'speech-event'})
    }
  }
  return cues
}

/** "It claims", "Microsoft notes", "did state": a verb form after a pronoun, name or auxiliary. */
function afterSubject(tokens: readonly Token[], index: number, token: Token): boolean {
  if (isCapitalised(token)) return false
  for (let back = index - 1; back >= 0; back--) {
    const previous = tokens[back]!
    if (previous.kind === 'space') continue
    if (previous.kind !== 'word') return false
    if (pronounsAndAuxiliaries.has(normal(previous))) return true
    // "Microsoft notes": a name before a third-person -s form, inside the sentence.
    return (
      /s$/.test(token.value) &&
      isCapitalised(previous) &&
      back > 0 &&
      tokens[back - 1]!.sentence === token.sentence
    )
  }
  return false
}

/** Quotative "like": "it was like, ‘…’", "and he's like, '…'". */
function quotativeLike(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0; back--) {
    const previous = tokens[back]!
    if (previous.kind === 'space') continue
    return (
      previous.kind === 'word' &&
      /^(?:was|is|were|are|be|[\p{L}]+['\u2019]s|[\p{L}]+['\u2019]re)$/u.test(
        previous.value.toLowerCase()
      )
    )
  }
  return false
}

function nextWord(tokens: readonly Token[], index: number): string | undefined {
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next]!
    if (token.kind === 'space') continue
    return token.kind === 'word' ? normal(token) : undefined
  }
  return undefined
}

/** "in a statement", "during an interview with": a preposition up to three words back. */
function eventPreposition(tokens: readonly Token[], index: number): boolean {
  let words = 0
  for (let back = index - 1; back >= 0 && words < 4; back--) {
    const token = tokens[back]!
    if (token.kind === 'space') continue
    if (token.kind !== 'word') return false
    words++
    if (speechEventPrepositions.has(normal(token))) return true
  }
  return false
}

/** Whether a token ends a speaker phrase walking left from a verb. */
function leftBoundary(token: Token, covered: boolean): boolean {
  if (covered || token.kind === 'mark') return true
  return (
    token.kind === 'punct' && token.value !== ',' && token.value !== '\u2019' && token.value !== "'"
  )
}

/** The speaker a cue names, classified. */
export function speakerOf(
  paragraph: QuoteParagraph,
  cue: Cue,
  covered: (index: number) => boolean
): SpeakerPhrase {
  const {tokens} = paragraph
  const sentence = tokens[cue.token]!.sentence
  if (cue.kind === 'according-to') {
    // Skip "to".
    let index = cue.token + 1
    while (
      index < tokens.length &&
      (tokens[index]!.kind !== 'word' || normal(tokens[index]!) !== 'to')
    )
      index++
    return phraseAfter(paragraph, index, sentence, covered)
  }
  if (cue.kind === 'speech-event') {
    // "In a statement, the ministry …": the subject after the comma, if any; else unknown.
    return {span: undefined, kind: 'unknown', vague: false}
  }
  const before = phraseBefore(paragraph, cue.token, sentence, covered)
  if (before.span) return before
  return phraseAfter(paragraph, cue.token, sentence, covered)
}

/** The subject before a verb: back to a quote, a clause mark or the sentence start. */
export function phraseBefore(
  paragraph: QuoteParagraph,
  verb: number,
  sentence: number,
  covered: (index: number) => boolean
): SpeakerPhrase {
  const {tokens} = paragraph
  let from = verb
  while (from > 0) {
    const token = tokens[from - 1]!
    if (token.sentence !== sentence || leftBoundary(token, covered(from - 1))) break
    from--
  }
  // Words and the commas between them.
  let words: Array<{token: Token; index: number}> = []
  let commasAt: number[] = []
  for (let index = from; index < verb; index++) {
    const token = tokens[index]!
    if (token.kind === 'word') words.push({token, index})
    else if (token.kind === 'punct' && token.value === ',' && words.length > 0)
      commasAt.push(words.length)
  }
  // "Smith has also said": trim auxiliaries and adverbs before the verb.
  while (words.length > 0 && subjectTrailers.has(normal(words[words.length - 1]!.token)))
    words.pop()
  commasAt = commasAt.filter((at) => at < words.length)
  // Keep the last comma segment, with the one before it when the last is an appositive name
  // or a relative clause ("A professor …, Dr. Park," / "An aide, who asked …,").
  const segments = commasAt.length
  if (segments > 0) {
    let keepFrom = commasAt[segments - 1]!
    const last = words.slice(keepFrom)
    const relative = last[0] && /^(?:who|which|whose)$/.test(normal(last[0].token))
    const capitalised =
      last.length > 0 &&
      last.every(
        ({token}) => /^\p{Lu}/u.test(token.value) || /^(?:bin|al|de|van|von|da)$/.test(token.value)
      )
    if ((relative || capitalised) && segments > 1) keepFrom = commasAt[segments - 2]!
    else if (relative || capitalised) keepFrom = 0
    words = words.slice(keepFrom)
    commasAt = commasAt.filter((at) => at > keepFrom).map((at) => at - keepFrom)
  }
  return toPhrase(paragraph, words, commasAt)
}

/** The speaker after a verb or "according to": up to punctuation or a joining word. */
function phraseAfter(
  paragraph: QuoteParagraph,
  cue: number,
  sentence: number,
  covered: (index: number) => boolean
): SpeakerPhrase {
  const {tokens} = paragraph
  const words: Array<{token: Token; index: number}> = []
  for (let index = cue + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.sentence !== sentence || covered(index) || token.kind === 'mark') break
    if (token.kind === 'punct') {
      if (words.length === 0 && token.value === ',') continue
      break
    }
    if (token.kind !== 'word') continue
    const word = normal(token)
    if (words.length > 0 && phraseStops.has(word)) break
    words.push({token, index})
    if (words.length >= 12) break
  }
  // "said in a statement", "told reporters": no subject after the verb.
  if (words.length > 0 && /^(?:reporters|journalists|the press)$/.test(normal(words[0]!.token))) {
    return {span: undefined, kind: 'unknown', vague: false}
  }
  return toPhrase(paragraph, words, [])
}

function toPhrase(
  paragraph: QuoteParagraph,
  words: ReadonlyArray<{token: Token; index: number}>,
  commas: readonly number[]
): SpeakerPhrase {
  if (words.length === 0) return {span: undefined, kind: 'unknown', vague: false}
  const first = words[0]!.token
  const last = words[words.length - 1]!.token
  const text = paragraph.tokens
    .slice(words[0]!.index, words[words.length - 1]!.index + 1)
    .map((token) => token.value)
    .join('')
  const reading = classifySpeaker(
    words.map(({token}) => token),
    commas,
    text
  )
  return {span: {start: first.start, end: last.end, text}, kind: reading.kind, vague: reading.vague}
}
