import path from 'node:path'
import ignore from 'ignore'
import type {Ignore} from 'ignore'
import type {ResolvedConfig} from './types.js'

const matchers = new WeakMap<NonNullable<ResolvedConfig['ignore']>, Ignore>()

/**
 * Whether the `ignore` globs of `config` match the file at `filePath` (absolute). Globs use
 * gitignore syntax, as `.copydeskignore` does, relative to the config's folder; a file
 * outside that folder (a `--config` from elsewhere) is matched relative to nothing and kept.
 * unified-engine has no notion of config that skips files, so this runs per file, with the
 * config that applies to that file.
 */
export function ignoredByConfig(config: ResolvedConfig, filePath: string): boolean {
  if (!config.ignore) return false
  const relative = path.relative(config.ignore.root, filePath)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false
  let matcher = matchers.get(config.ignore)
  if (!matcher) {
    matcher = ignore().add(config.ignore.patterns)
    matchers.set(config.ignore, matcher)
  }
  return matcher.ignores(relative.split(path.sep).join('/'))
}
