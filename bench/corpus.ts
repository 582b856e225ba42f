/** The Wikinews corpus for benchmarks and measurements (tests have `tests/helpers/corpus.ts`). */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface Article {
  path: string
  value: string
  bytes: number
}

/**
 * The corpus sits beside the clone (`<repo>/../shared/corpus/wikinews`), in development and
 * on CI. Scripts run from `dist/bench/` once compiled, so find the repo root by walking up
 * to the nearest package.json instead of hard-coding the depth.
 */
export function defaultCorpus(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('bench: cannot find the repository root')
    dir = parent
  }
  return path.resolve(dir, '..', 'shared', 'corpus', 'wikinews')
}

/** Read every article up front, so that disk time is never part of a measurement. */
export function loadCorpus(dir: string = defaultCorpus(), limit = Infinity): Article[] {
  if (!existsSync(dir)) throw new Error(`bench: no corpus at ${dir} (use --corpus DIR)`)
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, limit)
  if (names.length === 0) throw new Error(`bench: no .txt files in ${dir}`)
  return names.map((name) => {
    const file = path.join(dir, name)
    const value = readFileSync(file, 'utf8')
    return {path: file, value, bytes: Buffer.byteLength(value)}
  })
}
