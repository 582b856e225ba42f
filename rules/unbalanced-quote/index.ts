import {offsetTest, placeOf} from '../../src/analysis/quotes/index.js'
import {defineRule} from '../../src/rule.js'

/**
 * `unbalanced-quote`: a double quote mark with no partner: a quote opened and never closed
 * (and not continued in the next paragraph), or a closing mark with no opening one.
 */
export const unbalancedQuote = defineRule<Record<string, never>>(
  {
    id: 'unbalanced-quote',
    description: 'Quote mark with no partner',
    defaultSeverity: 'warn',
    scope: 'body',
    options: {}
  },
  function (tree, file) {
    const analysis = file.data.quotes
    if (!analysis) return
    const inTree = offsetTest(tree)
    for (const mark of analysis.unbalanced) {
      if (!inTree(mark.start)) continue
      const reason =
        mark.role === 'open'
          ? `Unexpected opening quote mark \`${mark.char}\` that is never closed, expected a closing mark`
          : `Unexpected closing quote mark \`${mark.char}\` with no opening mark, expected an opening mark`
      const message = file.message(reason, {place: placeOf(file, mark.start, mark.end)})
      message.actual = mark.char
      message.expected = []
    }
  }
)
