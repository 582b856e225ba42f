/**
 * Indirect speech pinned on an unnamed source, outside quotes: "Diplomatic sources report
 * that …", "Some analysts suggest …", "according to officials". Only vague sources count
 * (sources, officials, analysts, experts, observers, insiders, diplomats); a spokesperson in
 * indirect speech is not reported.
 */
import type {Coverage} from './attribute.js'
import {coveredIn} from './attribute.js'
import {phraseBefore} from './cues.js'
import {claimVerbs, phraseStops} from './lexicon.js'
import {classifySpeaker} from './speaker.js'
import {normal} from './tokens.js'
import type {AnonymousClaim, Quote, QuoteParagraph, Token} from './types.js'
import type {VerbLexicon} from './verbs.js'
import {verbLexicon} from './verbs.js'

/** A cheap test before tokenising a paragraph: a vague source head or "according". */
const mayHaveSource =
  /\b(?:[Oo]fficials?|[Ss]ources?|[Ii]nsiders?|[Dd]iplomats?|[Aa]nalysts?|[Ee]xperts?|[Oo]bservers?|[Aa]ccording|[Ff]amiliar|[Aa]nonymity|[Uu]nnamed|[Aa]nonymous|[Nn]amed|[Ii]dentified)\b/

/** Claim verbs in every form, bare ones included: the subject is plural ("sources say"). */
const claimLexicon: VerbLexicon = verbLexicon(claimVerbs, true)

export function anonymousClaims(
  paragraphs: readonly QuoteParagraph[],
  coverage: Coverage,
  quotes: readonly Quote[]
): AnonymousClaim[] {
  // Cues already used by a quote's attribution are reported with the quote.
  const used = new Set(quotes.map((quote) => quote.attribution?.cue.start))
  const claims: AnonymousClaim[] = []
  paragraphs.forEach((paragraph, index) => {
    // Most paragraphs name no vague source: skip them without tokenising.
    if (!mayHaveSource.test(paragraph.text)) return
    const covered = coveredIn(coverage, index)
    const isCovered = (token: number) => covered[token]! !== -1
    paragraph.tokens.forEach((token, position) => {
      if (token.kind !== 'word' || isCovered(position) || used.has(token.start)) return
      const word = normal(token)
      if (word === 'according') {
        const claim = accordingTo(paragraph, position, isCovered)
        if (claim) claims.push(claim)
        return
      }
      if (!claimLexicon.has(word)) return
      const subject = phraseBefore(paragraph, position, token.sentence, isCovered)
      if (subject.span && subject.kind === 'anonymous' && subject.vague) {
        claims.push({
          source: subject.span,
          cue: {start: token.start, end: token.end, text: token.value}
        })
      }
    })
  })
  return claims
}

/** "according to officials", "according to sources close to …". */
function accordingTo(
  paragraph: QuoteParagraph,
  position: number,
  isCovered: (index: number) => boolean
): AnonymousClaim | undefined {
  const {tokens} = paragraph
  const according = tokens[position]!
  const words: Token[] = []
  let sawTo = false
  for (let index = position + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (isCovered(index) || token.kind === 'mark' || token.kind === 'punct') break
    if (token.kind !== 'word') continue
    if (!sawTo) {
      if (normal(token) !== 'to') return undefined
      sawTo = true
      continue
    }
    if (words.length > 0 && phraseStops.has(normal(token))) break
    words.push(token)
    if (words.length >= 8) break
  }
  if (words.length === 0) return undefined
  const first = words[0]!
  const last = words[words.length - 1]!
  const text = tokens
    .filter((token) => token.start >= first.start && token.end <= last.end)
    .map((token) => token.value)
    .join('')
  const reading = classifySpeaker(words, [], text)
  if (reading.kind !== 'anonymous' || !reading.vague) return undefined
  return {
    source: {start: first.start, end: last.end, text},
    cue: {start: according.start, end: according.end, text: according.value}
  }
}
