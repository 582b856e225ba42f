/**
 * Every rule copydesk ships, in the order they run. Adding a rule: copy a rule folder, then
 * add one line here.
 */
import type {Rule} from '../src/rule.js'
import {anonymousSource} from './anonymous-source/index.js'
import {duplicateBlock} from './duplicate-block/index.js'
import {firstReference} from './first-reference/index.js'
import {hedging} from './hedging/index.js'
import {passive} from './passive/index.js'
import {quoteAttribution} from './quote-attribution/index.js'
import {readability} from './readability/index.js'
import {scrapeResidue} from './scrape-residue/index.js'
import {titleConsistency} from './title-consistency/index.js'
import {unbalancedQuote} from './unbalanced-quote/index.js'

export const rules: readonly Rule[] = [
  readability,
  passive,
  duplicateBlock,
  scrapeResidue,
  quoteAttribution,
  anonymousSource,
  unbalancedQuote,
  firstReference,
  titleConsistency,
  hedging
]

/** Rules by id. */
export const ruleById: ReadonlyMap<string, Rule> = new Map(
  rules.map((rule) => [rule.meta.id, rule])
)
