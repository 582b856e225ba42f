import path from 'node:path'
import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {ignoredByConfig} from '../config/ignore.js'
import type {ResolvedConfig} from '../config/types.js'
import {LintCache} from './cache.js'
import type {Executor} from './job.js'
import {restoreFile} from './serialize.js'

export interface DelegateOptions {
  config: ResolvedConfig
  /** Lints a file: in this thread or in a worker pool. */
  executor: Executor
  /** Findings of unchanged files, replayed instead of linted. */
  cache?: LintCache
  /** Called when a file is done (progress). */
  onFile?: (file: VFile) => void
}

/**
 * The CLI's linter: unified-engine finds, reads and configures each file in this thread, and
 * this plugin hands the text and its config to `executor` (a worker, for parallel runs), or
 * answers from the cache, then puts the findings back on the file. The processor it runs in
 * does not parse (`createProcessor({parse: false})`): the executor parses once, where it lints.
 */
export const delegatedLint: Plugin<[DelegateOptions], NlcstRoot> = function (options) {
  const {config, executor, cache, onFile} = options
  return async function (_, file) {
    const fullPath = file.path ? path.resolve(file.cwd, file.path) : ''
    if (fullPath && ignoredByConfig(config, fullPath)) {
      file.data.ignoredByConfig = true
      return
    }
    const value = String(file)
    const key = cache ? LintCache.key(value, config) : ''
    let result = cache?.get(fullPath, key)
    if (!result) {
      result = await executor({path: file.path, cwd: file.cwd, value, config})
      cache?.set(fullPath, key, result)
    }
    restoreFile(file, result)
    onFile?.(file)
  }
}
