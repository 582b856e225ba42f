/**
 * Every rule copydesk ships, in the order they run. Adding a rule: copy a rule folder, then
 * add one line here.
 */
import type {Rule} from '../src/rule.js'
import {passive} from './passive/index.js'
import {readability} from './readability/index.js'

export const rules: readonly Rule[] = [readability, passive]

/** Rules by id. */
export const ruleById: ReadonlyMap<string, Rule> = new Map(
  rules.map((rule) => [rule.meta.id, rule])
)
