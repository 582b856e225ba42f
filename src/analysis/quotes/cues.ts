/**
 * Attribution cues in a stretch of a paragraph, and the speaker phrase each one names:
 * speech verbs (with the subject before them, or after them when inverted: “…,” said X),
 * "according to X", speech events ("in a statement") and a colon before the quote.
 */
import {phraseStops, speechEventNouns, speechEventPrepositions, subjectTrailers} from './lexicon.js'
import {ShapeFilter, wordClass} from './classes.js'
import {classifySpeaker} from './speaker.js'
import {isCapitalisedAt, KeyFilter, startsUpper} from './tokens.js'
import type {CueKind, QuoteParagraph, SpeakerKind, Span} from './types.js'
import {MARK, PUNCT, SPACE, WORD} from './types.js'
import type {VerbLexicon} from './verbs.js'
import {defaultVerbs, verbLexicon} from './verbs.js'

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

const SPEECH_VERB = wordClass(defaultVerbs.keys())
const NOUN_FORM = wordClass(nounForms.keys())
const BEFORE_NOUN_FORM = wordClass(pronounsAndAuxiliaries)
const LIKE = wordClass(['like'])
export const ACCORDING = wordClass(['according'])
const SPEECH_EVENT = wordClass(speechEventNouns)
const EVENT_PREPOSITION = wordClass(speechEventPrepositions)
export const PHRASE_STOP = wordClass(phraseStops)
const SUBJECT_TRAILER = wordClass(subjectTrailers)
const RELATIVE = wordClass(['who', 'which', 'whose'])

/**
 * The length of the shortest word of the default cues ("say"): a shorter token ("a", "he",
 * "of", a third of the words) is no cue, found without looking it up. A token's normal form is
 * never longer than the token (lower case, edges trimmed), but for "İ", whose lower case is
 * "i" and a combining dot that no cue word has.
 */
const shortestCue = Math.min(
  ...[...defaultVerbs.keys(), ...nounForms.keys(), 'like', 'according', ...speechEventNouns].map(
    (word) => word.length
  )
)

/**
 * The shapes of the default cue words: most words are none, found before looking them up.
 * (With other verbs, a rule's option, any word may be a verb: no filter.)
 */
const cueShapes = new ShapeFilter(SPEECH_VERB | NOUN_FORM | LIKE | ACCORDING | SPEECH_EVENT)

/** Per verb lexicon other than the default one (a rule's `speechVerbs`): its words' keys. */
const verbFilters = new WeakMap<VerbLexicon, KeyFilter>()

/** Whether token `index` is in `verbs`, given its classes. */
function isVerb(paragraph: QuoteParagraph, index: number, classes: number, verbs: VerbLexicon) {
  if (verbs === defaultVerbs) return (classes & SPEECH_VERB) !== 0
  let filter = verbFilters.get(verbs)
  if (!filter) {
    filter = new KeyFilter(verbs.keys())
    verbFilters.set(verbs, filter)
  }
  return filter.mayHave(paragraph, index) && verbs.has(paragraph.normal(index))
}

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

/*
 * Cues among the tokens [from, to) of a paragraph that are outside every quote (`covered[i]`
 * is -1 for token i outside quotes). Whether a token is a cue depends on it and its
 * neighbours only, so the attribution asks for the cue it wants (the first after a quote, the
 * last before it) and the search stops there, instead of finding every cue of the stretch.
 */

/** The first cue among the tokens [from, to), if any. */
export function firstCue(
  paragraph: QuoteParagraph,
  covered: Int32Array,
  from: number,
  to: number,
  verbs: VerbLexicon
): Cue | undefined {
  const end = Math.min(to, paragraph.count)
  const {kinds} = paragraph
  const word = WORD // see `WORD` in types.ts
  for (let index = from; index < end; index++) {
    if (covered[index] !== -1 || kinds[index] !== word) continue
    const kind = cueAt(paragraph, index, verbs)
    if (kind !== undefined) return {token: index, kind}
  }
  return undefined
}

/** The last cue among the tokens [from, to), if any. */
export function lastCue(
  paragraph: QuoteParagraph,
  covered: Int32Array,
  from: number,
  to: number,
  verbs: VerbLexicon
): Cue | undefined {
  const {kinds} = paragraph
  const word = WORD // see `WORD` in types.ts
  for (let index = Math.min(to, paragraph.count) - 1; index >= from; index--) {
    if (covered[index] !== -1 || kinds[index] !== word) continue
    const kind = cueAt(paragraph, index, verbs)
    if (kind !== undefined) return {token: index, kind}
  }
  return undefined
}

/** What kind of cue word token `index` (outside quotes) is, if it is one. */
function cueAt(paragraph: QuoteParagraph, index: number, verbs: VerbLexicon): CueKind | undefined {
  // With other verbs (a rule's option), any length and shape may be a verb.
  const builtIn = verbs === defaultVerbs
  if (builtIn && paragraph.length(index) < shortestCue) return undefined
  if (builtIn && !cueShapes.mayHave(paragraph.shape(index))) return undefined
  const classes = paragraph.classes(index)
  if (
    isVerb(paragraph, index, classes, verbs) ||
    (classes & NOUN_FORM && afterSubject(paragraph, index))
  ) {
    return 'verb'
  }
  if (classes & LIKE && quotativeLike(paragraph, index)) return 'verb'
  if (classes & ACCORDING && nextWordIs(paragraph, index, 'to')) return 'according-to'
  if (classes & SPEECH_EVENT && eventPreposition(paragraph, index)) return 'speech-event'
  return undefined
}

/** "It claims", "Microsoft notes", "did state": a verb form after a pronoun, name or auxiliary. */
function afterSubject(paragraph: QuoteParagraph, index: number): boolean {
  if (isCapitalisedAt(paragraph, index)) return false
  const {kinds, sentenceOf} = paragraph
  for (let back = index - 1; back >= 0; back--) {
    const kind = kinds[back]
    if (kind === SPACE) continue
    if (kind !== WORD) return false
    if (paragraph.classes(back) & BEFORE_NOUN_FORM) return true
    // "Microsoft notes": a name before a third-person -s form, inside the sentence.
    return (
      paragraph.lastCode(index) === 0x73 &&
      isCapitalisedAt(paragraph, back) &&
      back > 0 &&
      sentenceOf[back - 1] === sentenceOf[index]
    )
  }
  return false
}

/** Quotative "like": "it was like, ‘…’", "and he's like, '…'". */
function quotativeLike(paragraph: QuoteParagraph, index: number): boolean {
  const {kinds} = paragraph
  for (let back = index - 1; back >= 0; back--) {
    const kind = kinds[back]
    if (kind === SPACE) continue
    // Every form ends in "s" or "e" (in any case): most words before "like" are told so.
    const last = paragraph.lastCode(back) | 0x20
    return (
      kind === WORD &&
      (last === 0x73 || last === 0x65) &&
      /^(?:was|is|were|are|be|[\p{L}]+['\u2019]s|[\p{L}]+['\u2019]re)$/u.test(
        paragraph.value(back).toLowerCase()
      )
    )
  }
  return false
}

/** Whether the next token that is not white space is the word `word`. */
function nextWordIs(paragraph: QuoteParagraph, index: number, word: string): boolean {
  const {kinds, count} = paragraph
  for (let next = index + 1; next < count; next++) {
    const kind = kinds[next]
    if (kind === SPACE) continue
    return kind === WORD && paragraph.is(next, word)
  }
  return false
}

/** "in a statement", "during an interview with": a preposition up to three words back. */
function eventPreposition(paragraph: QuoteParagraph, index: number): boolean {
  const {kinds} = paragraph
  let words = 0
  for (let back = index - 1; back >= 0 && words < 4; back--) {
    const kind = kinds[back]
    if (kind === SPACE) continue
    if (kind !== WORD) return false
    words++
    if (paragraph.classes(back) & EVENT_PREPOSITION) return true
  }
  return false
}

/**
 * Whether punctuation token `index` is one character of `set`, told from its char code: no
 * token's string is made (most phrases are walked past several punctuation tokens).
 */
function isPunctuationOf(paragraph: QuoteParagraph, index: number, set: string): boolean {
  if (paragraph.length(index) !== 1) return false
  const code = paragraph.firstCode(index)
  for (let at = 0; at < set.length; at++) if (set.charCodeAt(at) === code) return true
  return false
}

/** The speaker a cue names, classified. `covered[i]` is -1 for token i outside quotes. */
export function speakerOf(paragraph: QuoteParagraph, cue: Cue, covered: Int32Array): SpeakerPhrase {
  const {kinds, count} = paragraph
  const sentence = paragraph.sentenceOf[cue.token]!
  if (cue.kind === 'according-to') {
    // Skip "to".
    let index = cue.token + 1
    while (index < count && (kinds[index] !== WORD || !paragraph.is(index, 'to'))) index++
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

/** Lower-case particles of a name, as written: "bin Laden", "van Gogh". */
const nameParticles: ReadonlySet<string> = new Set(['bin', 'al', 'de', 'van', 'von', 'da'])

/**
 * Where the subject before a verb may start (`phraseBefore` reads the tokens from there to the
 * verb): back to the sentence start, a quote, a quote mark, or punctuation other than a comma
 * or an apostrophe.
 */
export function phraseStart(
  paragraph: QuoteParagraph,
  verb: number,
  sentence: number,
  covered: Int32Array
): number {
  const {kinds, sentenceOf} = paragraph
  const mark = MARK // see `WORD` in types.ts
  const punct = PUNCT
  let from = verb
  while (from > 0) {
    const index = from - 1
    if (sentenceOf[index] !== sentence || covered[index] !== -1) break
    const kind = kinds[index]
    if (kind === mark || (kind === punct && !isPunctuationOf(paragraph, index, ",\u2019'"))) break
    from--
  }
  return from
}

/** The subject before a verb: back to a quote, a clause mark or the sentence start. */
export function phraseBefore(
  paragraph: QuoteParagraph,
  verb: number,
  sentence: number,
  covered: Int32Array
): SpeakerPhrase {
  const {kinds} = paragraph
  const punct = PUNCT // see `WORD` in types.ts
  const from = phraseStart(paragraph, verb, sentence, covered)
  // Words (token indices) and the commas between them.
  let words: number[] = []
  let commasAt: number[] = []
  for (let index = from; index < verb; index++) {
    const kind = kinds[index]
    if (kind === WORD) words.push(index)
    else if (kind === punct && words.length > 0 && isPunctuationOf(paragraph, index, ','))
      commasAt.push(words.length)
  }
  // "Smith has also said": trim auxiliaries and adverbs before the verb.
  while (words.length > 0 && paragraph.classes(words[words.length - 1]!) & SUBJECT_TRAILER) {
    words.pop()
  }
  if (commasAt.length > 0) commasAt = commasAt.filter((at) => at < words.length)
  // Keep the last comma segment, with the one before it when the last is an appositive name
  // or a relative clause ("A professor …, Dr. Park," / "An aide, who asked …,").
  const segments = commasAt.length
  if (segments > 0) {
    let keepFrom = commasAt[segments - 1]!
    const last = words.slice(keepFrom)
    const relative = last[0] !== undefined && (paragraph.classes(last[0]) & RELATIVE) !== 0
    const capitalised =
      last.length > 0 &&
      last.every((index) => {
        return startsUpper(paragraph, index) || nameParticles.has(paragraph.value(index))
      })
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
  covered: Int32Array
): SpeakerPhrase {
  const {kinds, sentenceOf, count} = paragraph
  const words: number[] = []
  for (let index = cue + 1; index < count; index++) {
    const kind = kinds[index]
    if (sentenceOf[index] !== sentence || covered[index] !== -1 || kind === MARK) break
    if (kind === PUNCT) {
      if (words.length === 0 && paragraph.value(index) === ',') continue
      break
    }
    if (kind !== WORD) continue
    if (words.length > 0 && paragraph.classes(index) & PHRASE_STOP) break
    words.push(index)
    if (words.length >= 12) break
  }
  // "said in a statement", "told reporters": no subject after the verb.
  const first = words[0]
  if (
    first !== undefined &&
    (paragraph.is(first, 'reporters') ||
      paragraph.is(first, 'journalists') ||
      paragraph.is(first, 'the press'))
  ) {
    return {span: undefined, kind: 'unknown', vague: false}
  }
  return toPhrase(paragraph, words, [])
}

/** `words`: token indices of the phrase's words, in order. */
function toPhrase(
  paragraph: QuoteParagraph,
  words: readonly number[],
  commas: readonly number[]
): SpeakerPhrase {
  if (words.length === 0) return {span: undefined, kind: 'unknown', vague: false}
  const first = words[0]!
  const last = words[words.length - 1]!
  const text = paragraph.textBetween(first, last)
  const reading = classifySpeaker(paragraph, words, commas, text)
  return {
    span: {start: paragraph.starts[first]!, end: paragraph.ends[last]!, text},
    kind: reading.kind,
    vague: reading.vague
  }
}
