import {inScope, placeOf} from '../../src/analysis/quotes/index.js'
import type {Span} from '../../src/analysis/quotes/index.js'
import {defineRule, withoutStackTrace} from '../../src/rule.js'

export interface AnonymousSourceOptions {
  allow: string[]
}

/**
 * `anonymous-source`: a quote attributed only to an unnamed source ("a senior government
 * official stated"), or indirect speech pinned on vague sources ("Diplomatic sources report
 * that …"). Reported at the source phrase, once per phrase.
 */
export const anonymousSource = defineRule<AnonymousSourceOptions>(
  {
    id: 'anonymous-source',
    description: 'Quote or claim attributed only to an unnamed source',
    defaultSeverity: 'warn',
    scope: 'body',
    analyses: ['quotes', 'people'],
    options: {
      allow: {
        type: 'string[]',
        description: 'Source phrases the house style accepts (e.g. "a spokesperson")',
        default: []
      }
    }
  },
  function (tree, file, options) {
    const analysis = file.data.quotes
    if (!analysis) return
    // Most files have no anonymous source: nothing to test or place, no map made.
    let sources: Map<number, Span> | undefined
    for (const quote of analysis.quotes) {
      // Not speech: not read (the analysis makes such a quote's attribution when first read).
      if (quote.depth > 0 || quote.notSpeech !== undefined) continue
      const speaker = quote.attribution?.speaker
      if (!speaker || quote.attribution?.speakerKind !== 'anonymous') continue
      if (!inScope(analysis, tree, quote.start)) continue
      sources ??= new Map()
      sources.set(speaker.start, speaker)
    }
    for (const claim of analysis.claims) {
      if (!inScope(analysis, tree, claim.source.start)) continue
      sources ??= new Map()
      sources.set(claim.source.start, claim.source)
    }
    if (!sources) return
    const allowed = options.allow.map((phrase) => phrase.toLowerCase())
    const doc = String(file)
    const mentions = file.data.people?.mentions ?? []
    for (const source of [...sources.values()].sort((a, b) => a.start - b.start)) {
      const lower = source.text.toLowerCase()
      if (allowed.some((phrase) => lower.includes(phrase))) continue
      if (namedInApposition(source, mentions, doc)) continue
      // No stack trace: see `withoutStackTrace` (a capture cost ~30 µs a message here).
      const message = withoutStackTrace(() =>
        file.message(`Unexpected anonymous source \`${source.text}\`, expected a named source`, {
          place: placeOf(file, source.start, source.end)
        })
      )
      message.actual = source.text
      message.expected = []
    }
  }
)

/** Only punctuation and white space (a comma, a dash) may stand between a name and its role. */
const appositionGap = /^[\s,\u2013\u2014-]{0,4}$/

/**
 * "Peter Smerdon, a spokesperson for the program, said" and "said spokesperson Christophe
 * Letien" name their source: a person mentioned right before or after the role phrase, or
 * inside it, is its name (judged on the corpus: 8 of the 10 false alarms in
 * tests/fixtures/judgements/anonymous-source.tsv).
 */
function namedInApposition(
  source: Span,
  mentions: ReadonlyArray<{start: number; end: number; form: string}>,
  doc: string
): boolean {
  return mentions.some((mention) => {
    if (mention.form === 'surname' || mention.form === 'given') return false
    if (mention.start >= source.start && mention.end <= source.end) return true
    if (mention.end <= source.start) {
      return (
        source.start - mention.end <= 4 && appositionGap.test(doc.slice(mention.end, source.start))
      )
    }
    if (mention.start >= source.end) {
      return (
        mention.start - source.end <= 4 && appositionGap.test(doc.slice(source.end, mention.start))
      )
    }
    return false
  })
}
