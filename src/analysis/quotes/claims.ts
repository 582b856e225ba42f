/**
 * Indirect speech pinned on an unnamed source, outside quotes: "Diplomatic sources report
 * that …", "Some analysts suggest …", "according to officials". Only vague sources count
 * (sources, officials, analysts, experts, observers, insiders, diplomats); a spokesperson in
 * indirect speech is not reported.
 */
import type {Coverage} from './attribute.js'
import {coveredIn} from './attribute.js'
import {ShapeFilter, wordClass} from './classes.js'
import {ACCORDING, PHRASE_STOP, phraseBefore, phraseStart} from './cues.js'
import {anonymityMarkers, claimVerbs, vagueSourceHeads} from './lexicon.js'
import {SOURCE_WORD, VAGUE_HEAD} from './scan.js'
import {classifySpeaker, VAGUE_HEAD as VAGUE_HEAD_WORD} from './speaker.js'
import type {AnonymousClaim, Quote, QuoteParagraph} from './types.js'
import {MARK, PUNCT, WORD} from './types.js'
import {verbLexicon} from './verbs.js'

/** Claim verbs in every form, bare ones included: the subject is plural ("sources say"). */
const claimWords = [...verbLexicon(claimVerbs, true).keys()]
const CLAIM_VERB = wordClass(claimWords)
/** The shapes of the claim verbs and "according": most words are neither (`ShapeFilter`). */
const claimShapes = new ShapeFilter(CLAIM_VERB | ACCORDING)
/** A shorter token is no claim verb and not "according" (see `shortestCue` in cues.ts). */
const shortestClaimWord = Math.min(...claimWords.map((word) => word.length))

/**
 * A claim's source is vague (`classifySpeaker`) by its head noun (`vagueSourceHeads`) or by an
 * anonymity marker. Both are looked for here in a paragraph's text, in any case and without
 * word boundaries: in more texts than `classifySpeaker` finds them ("resources"), never fewer.
 * The markers are read with the same flags as there, only without `\b`.
 */
const vagueHeadText = new RegExp([...vagueSourceHeads].map(escapeRegExp).join('|'), 'iu')
const anonymityMarkerText = new RegExp(
  anonymityMarkers.map((marker) => marker.source.replaceAll('\\b', '')).join('|'),
  'i'
)

function escapeRegExp(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** The shapes of the vague head nouns: most words are none (`ShapeFilter`). */
const vagueHeadShapes = new ShapeFilter(VAGUE_HEAD_WORD)

/** Whether `text` may hold a vague source (`false`: it holds none). */
function mayNameVagueSource(text: string): boolean {
  return vagueHeadText.test(text) || anonymityMarkerText.test(text)
}

/**
 * `gapless`: the tokens are slices of the paragraph's text (`analyzeQuotes`), so a source
 * phrase is part of that text, and a paragraph whose text holds no vague source
 * (`mayNameVagueSource`) holds no claim: it is not tokenised for claims. (A paragraph with a
 * source word, `SOURCE_WORD`, and none: "was named", "according to police". One whose first
 * source word is a vague head, `VAGUE_HEAD`, needs no test.)
 */
export function anonymousClaims(
  paragraphs: readonly QuoteParagraph[],
  coverage: Coverage,
  quotes: readonly Quote[],
  gapless = false
): AnonymousClaim[] {
  const claims: AnonymousClaim[] = []
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!
    // Most paragraphs name no vague source: skip them without tokenising.
    if ((paragraph.hints & SOURCE_WORD) === 0) continue
    if (gapless && (paragraph.hints & VAGUE_HEAD) === 0 && !mayNameVagueSource(paragraph.text)) {
      continue
    }
    const covered = coveredIn(coverage, paragraphIndex)
    const {kinds, starts, count} = paragraph
    const word = WORD // see `WORD` in types.ts
    for (let position = 0; position < count; position++) {
      if (kinds[position] !== word || covered[position] !== -1) continue
      if (paragraph.length(position) < shortestClaimWord) continue
      if (!claimShapes.mayHave(paragraph.shape(position))) continue
      const classes = paragraph.classes(position)
      if ((classes & (CLAIM_VERB | ACCORDING)) === 0) continue
      // A cue of a quote's attribution is reported with the quote: asked only once a claim is
      // found (most claim words make none), since it makes nearby quotes' attributions.
      if (classes & ACCORDING) {
        const claim = accordingTo(paragraph, position, covered)
        if (claim && !usedAsCue(quotes, paragraphIndex, starts[position]!)) claims.push(claim)
        continue
      }
      const sentence = paragraph.sentenceOf[position]!
      // Most claim verbs have a subject that names no vague source ("the minister said").
      if (!mayHaveVagueSubject(paragraph, position, sentence, covered)) continue
      const subject = phraseBefore(paragraph, position, sentence, covered)
      if (
        subject.span &&
        subject.kind === 'anonymous' &&
        subject.vague &&
        !usedAsCue(quotes, paragraphIndex, starts[position]!)
      ) {
        claims.push({
          source: subject.span,
          cue: {
            start: starts[position]!,
            end: paragraph.ends[position]!,
            text: paragraph.value(position)
          }
        })
      }
    }
  }
  return claims
}

/**
 * Whether the subject before the claim verb `verb` may be a vague source: a vague head noun
 * among the words from where `phraseBefore` starts to the verb, or an anonymity marker in
 * their text. `classifySpeaker` reads a subject as vague only for one or the other, inside
 * those words (`phraseBefore` keeps some of them): `false` tells, without making and
 * classifying the phrase, that the verb makes no claim. The markers are read without word
 * boundaries, as in `mayNameVagueSource`: in a longer text than the phrase's, never fewer.
 */
function mayHaveVagueSubject(
  paragraph: QuoteParagraph,
  verb: number,
  sentence: number,
  covered: Int32Array
): boolean {
  const from = phraseStart(paragraph, verb, sentence, covered)
  if (from === verb) return false
  const {kinds} = paragraph
  const word = WORD // see `WORD` in types.ts
  for (let index = from; index < verb; index++) {
    if (kinds[index] !== word || !vagueHeadShapes.mayHave(paragraph.shape(index))) continue
    if (paragraph.classes(index) & VAGUE_HEAD_WORD) return true
  }
  return anonymityMarkerText.test(paragraph.textBetween(from, verb - 1))
}

/**
 * Whether the word at `offset` in paragraph `index` is the cue of a quote's attribution. Only
 * a quote in this paragraph or the next can have found it there (`attribute` looks in the
 * quote's first and last paragraphs and the one before its first), and a quote that took its
 * speaker from another (follow-on, enclosing) took that one's cue: so only those quotes'
 * attributions are read, and the others', made when first read (attributions.ts), are not
 * made for this.
 */
function usedAsCue(quotes: readonly Quote[], index: number, offset: number): boolean {
  for (const quote of quotes) {
    const first = quote.paragraphs[0]!
    const last = quote.paragraphs[quote.paragraphs.length - 1]!
    if (first !== index && first !== index + 1 && last !== index) continue
    if (quote.attribution?.cue.start === offset) return true
  }
  return false
}

/** "according to officials", "according to sources close to …". */
function accordingTo(
  paragraph: QuoteParagraph,
  position: number,
  covered: Int32Array
): AnonymousClaim | undefined {
  const {kinds, count} = paragraph
  const words: number[] = []
  let sawTo = false
  for (let index = position + 1; index < count; index++) {
    const kind = kinds[index]
    if (covered[index] !== -1 || kind === MARK || kind === PUNCT) break
    if (kind !== WORD) continue
    if (!sawTo) {
      if (!paragraph.is(index, 'to')) return undefined
      sawTo = true
      continue
    }
    if (words.length > 0 && paragraph.classes(index) & PHRASE_STOP) break
    words.push(index)
    if (words.length >= 8) break
  }
  if (words.length === 0) return undefined
  const first = words[0]!
  const last = words[words.length - 1]!
  const text = paragraph.textBetween(first, last)
  const reading = classifySpeaker(paragraph, words, [], text)
  if (reading.kind !== 'anonymous' || !reading.vague) return undefined
  return {
    source: {start: paragraph.starts[first]!, end: paragraph.ends[last]!, text},
    cue: {
      start: paragraph.starts[position]!,
      end: paragraph.ends[position]!,
      text: paragraph.value(position)
    }
  }
}
