import process from 'node:process'
import type {Readable} from 'node:stream'
import {engine} from 'unified-engine'
import type {Options as EngineOptions, Preset} from 'unified-engine'
import type {PluginTuple} from 'unified'
import type {VFile} from 'vfile'
import {resolveConfig} from './config/resolve.js'
import type {SeverityLabel} from './rule.js'
import {copydeskLint} from './lint.js'
import {supportedExtensions} from './parse/input-kind.js'
import {createProcessor} from './processor.js'

export interface RunOptions {
  /** Paths, folders and globs to lint; empty with `stdin` set to lint standard input. */
  files: string[]
  cwd: string
  /** `--config FILE`: use this file instead of searching for one per file. */
  configPath?: string
  /** `--rule ID=SEVERITY` flags, applied over every config. */
  ruleOverrides?: Readonly<Record<string, SeverityLabel>>
  /** Extra ignore globs (from the config at the working directory). */
  ignorePatterns?: string[]
  /** Read the document from this stream, as `stdinFilename`. */
  stdin?: Readable
  stdinFilename?: string
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
  const toPreset = (value: unknown): Preset => {
    // unified-engine types presets for untyped plugins; ours takes a `ResolvedConfig`.
    const tuple = [copydeskLint, resolveConfig(value, overrides)] as unknown as PluginTuple
    return {plugins: [tuple]}
  }

  const settings: EngineOptions = {
    processor: createProcessor,
    cwd: options.cwd,
    files: options.files,
    extensions: supportedExtensions,
    ignoreName,
    detectIgnore: true,
    ignorePatterns: options.ignorePatterns ?? [],
    rcName,
    packageField,
    rcPath: options.configPath,
    configTransform: (value) => toPreset(value),
    defaultConfig: toPreset({}),
    // Findings are formatted by copydesk's reporters once every file is done.
    reporter: () => '',
    out: false,
    output: false,
    streamIn: options.stdin ?? process.stdin,
    filePath: options.stdinFilename
  }

  return new Promise((resolve, reject) => {
    engine(settings, (error, _code, context) => {
      if (error) reject(error)
      else resolve(context?.files ?? [])
    })
  })
}
