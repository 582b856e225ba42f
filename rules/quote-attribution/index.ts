import {
  inScope,
  placeOf,
  reattribute,
  speechVerbs,
  verbLexicon
} from '../../src/analysis/quotes/index.js'
import type {Attribution, Quote} from '../../src/analysis/quotes/index.js'
import {defineRule, withoutStackTrace} from '../../src/rule.js'

/** No quote attributed again: the default (no `speechVerbs`), without a map per file. */
const noAttributions: ReadonlyMap<Quote, Attribution> = new Map()

export interface QuoteAttributionOptions {
  minWords: number
  speechVerbs: string[]
}

/**
 * `quote-attribution`: a direct quote nobody said. Reads the shared quote analysis
 * (`file.data.quotes`); scare quotes, titles and terms are not speech. Publishes per-file
 * figures in `file.data.stats['quote-attribution']`.
 */
export const quoteAttribution = defineRule<QuoteAttributionOptions>(
  {
    id: 'quote-attribution',
    description: 'Direct quote with no speaker',
    defaultSeverity: 'error',
    scope: 'body',
    analyses: ['quotes'],
    options: {
      minWords: {
        type: 'integer',
        description: 'Quotes with fewer words are scare quotes, not speech',
        default: 4,
        min: 1
      },
      speechVerbs: {
        type: 'string[]',
        description: 'Speech verbs (lemmas) to add to the built-in list',
        default: []
      }
    }
  },
  function (tree, file, options) {
    const analysis = file.data.quotes
    // No quote: no finding and no figures (most files have few quotes, many none).
    if (!analysis || analysis.quotes.length === 0) return
    const extra =
      options.speechVerbs.length > 0
        ? reattribute(analysis, verbLexicon([...speechVerbs, ...options.speechVerbs]))
        : noAttributions
    const stats = {quotes: 0, named: 0, anonymous: 0, unattributed: 0}

    for (const quote of analysis.quotes) {
      if (quote.depth > 0 || quote.notSpeech !== undefined || quote.words < options.minWords) {
        continue
      }
      if (!inScope(analysis, tree, quote.start)) continue
      const attribution = quote.attribution ?? extra.get(quote)
      stats.quotes++
      if (attribution?.speakerKind === 'anonymous') stats.anonymous++
      else if (attribution) stats.named++
      else stats.unattributed++
      // An unclosed quote is reported once, by `unbalanced-quote`.
      if (attribution || !quote.close) continue
      // No stack trace: see `withoutStackTrace`.
      const message = withoutStackTrace(() =>
        file.message(
          'Unexpected direct quote with no speaker, expected an attribution ' +
            '(“…,” Name said) in its sentence or the one before',
          {place: placeOf(file, quote.start, quote.end)}
        )
      )
      message.actual = String(file).slice(quote.start, quote.end)
      message.expected = []
    }
    // Figures only for files with quoted speech, so that other files' results stay as they were.
    if (stats.quotes === 0) return
    file.data.stats ??= {}
    file.data.stats['quote-attribution'] = stats
  }
)
