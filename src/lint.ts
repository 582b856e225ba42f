import path from 'node:path'
import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin} from 'unified'
import {unified} from 'unified'
import {ruleById, rules} from '../rules/registry.js'
import type {AnalysisName} from './analysis/index.js'
import {analyze} from './analysis/index.js'
import {ignoredByConfig} from './config/ignore.js'
import type {ResolvedConfig} from './config/types.js'
import {applyInlineControl} from './control/index.js'

const knownRuleIds = [...ruleById.keys()]

/**
 * The copydesk linter as one unified plugin: shared analyses once per file, then every rule
 * that is on, then inline disable comments. Rules run in a sub-pipeline so that comment
 * markers are applied after all of them, whatever other plugins a caller adds.
 */
export const copydeskLint: Plugin<[ResolvedConfig], NlcstRoot> = function (config) {
  const on = rules.filter((rule) => {
    const resolved = config.rules[rule.meta.id]
    return resolved !== undefined && resolved.severity !== 'off'
  })
  // Only the analyses the rules that are on read.
  const wanted = new Set<AnalysisName>(on.flatMap((rule) => rule.meta.analyses ?? []))
  const pipeline = unified().use(function analyses() {
    return function (tree: NlcstRoot, file) {
      analyze(tree, file, wanted)
    }
  })
  for (const rule of on) {
    const resolved = config.rules[rule.meta.id]!
    pipeline.use(rule.plugin, [resolved.severity, resolved.options])
  }
  pipeline.use(function control() {
    return function (_: NlcstRoot, file) {
      applyInlineControl(file, knownRuleIds)
    }
  })
  pipeline.freeze()

  return async function (tree, file) {
    if (file.path && ignoredByConfig(config, path.resolve(file.cwd, file.path))) {
      file.data.ignoredByConfig = true
      return
    }
    await pipeline.run(tree, file)
  }
}
