import retextPassive from 'retext-passive'
import {defineRule} from '../../src/rule.js'

export interface PassiveOptions {
  ignore: string[]
}

/**
 * `passive`: passive voice ("was beaten"), by retext-passive's list of irregular participles.
 * Body prose only.
 */
export const passive = defineRule<PassiveOptions>(
  {
    id: 'passive',
    description: 'Passive voice (retext-passive)',
    defaultSeverity: 'warn',
    scope: 'body',
    options: {
      ignore: {type: 'string[]', description: 'Participles not to report', default: []}
    }
  },
  function (tree, file, options) {
    retextPassive(options)(tree, file)
  }
)
