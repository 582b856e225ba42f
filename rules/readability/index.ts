import retextReadability from 'retext-readability'
import {defineRule} from '../../src/rule.js'
import {speedUpWordLists} from './fast-word-lists.js'

speedUpWordLists()

export interface ReadabilityOptions {
  age: number
  minWords: number
  threshold: number
}

/**
 * `readability`: sentences that are hard to read for the target age, by retext-readability
 * (seven formulas; a sentence is reported when `threshold` of them agree). Body prose only.
 */
export const readability = defineRule<ReadabilityOptions>(
  {
    id: 'readability',
    description: 'Sentences that are hard to read for the target age (retext-readability)',
    defaultSeverity: 'warn',
    scope: 'body',
    options: {
      age: {type: 'number', min: 1, description: 'Target reader age', default: 16},
      minWords: {
        type: 'integer',
        min: 0,
        description: 'Check sentences with at least this many words',
        default: 5
      },
      // retext-readability reads `threshold || 4/7` and `age || 16`, so 0 would silently mean
      // the default: the smallest useful values are one formula of seven, and age 1.
      threshold: {
        type: 'number',
        min: 1 / 7,
        max: 1,
        description: 'Share of the 7 formulas that must agree a sentence is hard',
        default: 4 / 7
      }
    }
  },
  function (tree, file, options) {
    retextReadability(options)(tree, file)
  }
)
