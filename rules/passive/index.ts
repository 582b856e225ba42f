import type {Parent, Sentence} from 'nlcst'
import {inQuote} from '../../src/analysis/quotes/index.js'
import {defineRule, withoutStackTrace} from '../../src/rule.js'
import {findPassives} from './detect.js'

export interface PassiveOptions {
  ignore: string[]
  agent: boolean
}

/**
 * `passive`: passive voice in the writer's own words. A passive that hides who acted ("was
 * arrested") is the finding; one that names the actor with *by* ("was founded by the
 * creators") is `info`. Regular (-ed) and irregular participles after *be* or *get*, except
 * adjectival ones ("was tired", "is based in"). Quoted speech is skipped.
 */
export const passive = defineRule<PassiveOptions>(
  {
    id: 'passive',
    description: 'Passive voice that hides who acted (was arrested, were killed)',
    // Off unless a house style asks for it: agentless passives are common in clean news copy
    // (3.7 per Wikinews article), so as a default they would drown every other finding.
    defaultSeverity: 'off',
    scope: 'body',
    analyses: ['quotes'],
    options: {
      ignore: {type: 'string[]', description: 'Participles not to report', default: []},
      agent: {
        type: 'boolean',
        description: 'Also report passives whose actor is named with "by", as info',
        default: true
      }
    }
  },
  function (tree, file, options) {
    const ignore = new Set(options.ignore.map((word) => word.toLowerCase()))
    const quotes = file.data.quotes
    const source = String(file)
    forEachSentence(tree, function (sentence) {
      for (const found of findPassives(sentence, ignore)) {
        const start = found.auxiliary.position?.start
        const end = found.participle.position?.end
        if (start?.offset === undefined || end?.offset === undefined) {
          continue
        }
        if (quotes && inQuote(quotes, start.offset)) continue
        if (found.agent && !options.agent) continue
        const actual = source.slice(start.offset, end.offset)
        const message = withoutStackTrace(() =>
          found.agent
            ? file.info(
                `Passive \`${actual}\` names its actor with “by”, expected the active voice: ` +
                  'the actor as subject',
                {place: {start, end}, ruleId: 'passive', source: 'copydesk'}
              )
            : file.message(
                `Unexpected passive \`${actual}\` with no actor, expected who acted: ` +
                  'name them as the subject, or say why they are unknown',
                {place: {start, end}, ruleId: 'passive', source: 'copydesk'}
              )
        )
        message.actual = actual
        message.expected = []
      }
    })
  }
)

/** The sentences under `parent` in order, as `visit(tree, 'SentenceNode')` with SKIP gives them. */
function forEachSentence(parent: Parent, callback: (sentence: Sentence) => void): void {
  for (const child of parent.children) {
    if (child.type === 'SentenceNode') callback(child)
    else if ('children' in child) forEachSentence(child, callback)
  }
}
