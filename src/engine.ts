import path from 'node:path'
import {engine} from 'unified-engine'
import type {Options as EngineOptions, Preset} from 'unified-engine'
import type {PluginTuple} from 'unified'
import type {VFile} from 'vfile'
import {resolveConfig} from './config/resolve.js'
import type {SeverityLabel} from './rule.js'
import {copydeskLint} from './lint.js'
import {supportedExtensions} from './parse/input-kind.js'
import {createProcessor} from './processor.js'
import type {DelegateOptions} from './run/delegate.js'
import {delegatedLint} from './run/delegate.js'

export interface RunOptions {
  /** Paths, folders and globs to lint, or documents already read (standard input). */
  files: Array<string | VFile>
  cwd: string
  /** `--config FILE`: use this file instead of searching for one per file. */
  configPath?: string
  /** `--rule ID=SEVERITY` flags, applied over every config. */
  ruleOverrides?: Readonly<Record<string, SeverityLabel>>
  /**
   * Hand each file to this executor (a worker pool), with a cache and progress, instead of
   * linting it in the engine's processor.
   */
  delegate?: Omit<DelegateOptions, 'config'>
}

/** Config files copydesk looks for, from each file's folder upward (nearest wins). */
export const rcName = '.copydeskrc'
export const packageField = 'copydesk'
export const ignoreName = '.copydeskignore'

/**
 * Lint files with unified-engine: it finds files (folders recurse over the supported
 * extensions, `.copydeskignore` and `node_modules` are skipped), finds each file's config,
 * and runs the processor. It never writes: no `output`, no `out`, and the processor has no
 * compiler. Problems with one file (missing, unreadable, bad config) become a fatal message
 * on that file; the other files are still linted.
 */
export function lintFiles(options: RunOptions): Promise<VFile[]> {
  const overrides = options.ruleOverrides ?? {}
  // A `ConfigError` thrown here reaches the file as "Cannot parse file `<config>`" with the
  // error as its cause; `reporters/to-results.ts` turns that into one clear message.
  const toPreset = (value: unknown, configPath?: string): Preset => {
    const config = resolveConfig(value, overrides, configPath)
    // unified-engine types presets for untyped plugins; ours take a `ResolvedConfig`.
    const tuple = (options.delegate
      ? [delegatedLint, {...options.delegate, config}]
      : [copydeskLint, config]) as unknown as PluginTuple
    return {plugins: [tuple]}
  }

  const settings: EngineOptions = {
    processor: () => createProcessor({parse: !options.delegate}),
    cwd: options.cwd,
    files: options.files,
    extensions: supportedExtensions,
    ignoreName,
    detectIgnore: true,
    // A file named on the command line but ignored is skipped, not an error: CI passes lists
    // of changed files, and those include ignored ones.
    silentlyIgnore: true,
    rcName,
    packageField,
    rcPath: options.configPath,
    configTransform: (value, configPath) => toPreset(value, configPath),
    defaultConfig: toPreset({}),
    // Findings are formatted by copydesk's reporters once every file is done.
    reporter: () => '',
    out: false,
    output: false
  }

  return new Promise((resolve, reject) => {
    engine(settings, (error, _code, context) => {
      if (error) reject(error)
      else resolve(lintedOnce(context?.files ?? []))
    })
  })
}

/**
 * The files to report: each path once (`copydesk a.txt .` names `a.txt` twice), and not the
 * ones the `ignore` globs of their config skipped.
 */
function lintedOnce(files: readonly VFile[]): VFile[] {
  const seen = new Set<string>()
  return files.filter((file) => {
    if (file.data.ignoredByConfig) return false
    const key = file.path ? path.resolve(file.cwd, file.path) : ''
    if (key && seen.has(key)) return false
    seen.add(key)
    return true
  })
}
