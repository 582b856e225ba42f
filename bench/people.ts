/**
 * The people rules on the Wikinews corpus (`npm run build && node dist/bench/people.js`):
 * every `first-reference` and `title-consistency` finding as TSV (file, line:col, rule,
 * excerpt, message), then counts per rule on stderr. `--mutate` runs the mutation test
 * instead (see `mutate.ts`). Flags: --limit N, --corpus DIR, --rule ID.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lint} from '../src/processor.js'

export const peopleRules = ['first-reference', 'title-consistency'] as const

/** The config with only `ruleIds` on (at their defaults, or with `options`). */
export function onlyRules(ruleIds: readonly string[], options: Record<string, unknown> = {}) {
  const others = Object.fromEntries(
    rules.filter(({meta}) => !ruleIds.includes(meta.id)).map(({meta}) => [meta.id, 'off' as const])
  )
  const on = Object.fromEntries(
    ruleIds.map((id) => [id, ['warn', options] as ['warn', Record<string, unknown>]])
  )
  return resolveConfig({rules: on}, others)
}

export function corpusDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  // dist/bench → <repo> → ../shared/corpus/wikinews
  return path.resolve(here, '..', '..', '..', 'shared', 'corpus', 'wikinews')
}

export function corpusFiles(dir: string, limit: number): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, limit)
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {limit: {type: 'string'}, corpus: {type: 'string'}, rule: {type: 'string'}}
  })
  const dir = values.corpus ?? corpusDir()
  const files = corpusFiles(dir, Number(values.limit ?? Infinity))
  const ids = values.rule ? [values.rule] : [...peopleRules]
  const config = onlyRules(ids)
  const counts = new Map<string, number>()
  const articles = new Map<string, Set<string>>()
  for (const name of files) {
    const value = readFileSync(path.join(dir, name), 'utf8')
    const file = await lint(new VFile({path: name, value}), config)
    for (const message of file.messages) {
      const id = String(message.ruleId)
      counts.set(id, (counts.get(id) ?? 0) + 1)
      if (!articles.has(id)) articles.set(id, new Set())
      articles.get(id)!.add(name)
      const line = value.split('\n')[(message.line ?? 1) - 1] ?? ''
      const column = (message.column ?? 1) - 1
      const excerpt = line.slice(Math.max(0, column - 40), column + 60).replace(/\t/g, ' ')
      console.log(
        [name, `${message.line}:${message.column}`, id, excerpt, message.reason].join('\t')
      )
    }
  }
  for (const id of ids) {
    console.error(
      `${id}: ${counts.get(id) ?? 0} findings in ${articles.get(id)?.size ?? 0} of ${files.length} articles`
    )
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await main()
