/**
 * How dense hedging is in clean published articles, to choose the default of the `hedging`
 * rule's `minDensity` option: hedges per 100 words of the writer's voice (`stats.hedging`)
 * over the Wikinews corpus, with the rule reporting every hedge (`minDensity: 0`), then the
 * findings per article each candidate default would leave, next to the seed article.
 *
 *   npm run build && node dist/bench/hedging-density.js [--limit N] [--candidates 1,1.5,2]
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {resolveConfig} from '../src/config/resolve.js'
import type {ResolvedConfig} from '../src/config/types.js'
import {lint} from '../src/processor.js'
import {defaultCorpus, loadCorpus} from './corpus.js'

/** One article: its hedges (findings in the writer's voice) and their density. */
interface Density {
  hedges: number
  density: number
}

/** Only `hedging` on, reporting every hedge. */
function hedgingOnly(): ResolvedConfig {
  const others = Object.fromEntries(
    rules.filter(({meta}) => meta.id !== 'hedging').map(({meta}) => [meta.id, 'off' as const])
  )
  return resolveConfig({rules: {hedging: ['warn', {minDensity: 0}]}}, others)
}

async function measure(value: string, filePath: string, config: ResolvedConfig): Promise<Density> {
  const file = await lint(new VFile({path: filePath, value}), config)
  const stats = file.data.stats?.['hedging']
  const hedges = file.messages.filter((message) => message.fatal === false).length
  return {hedges, density: stats?.['density'] ?? 0}
}

/** The value at quantile `q` (nearest rank) of sorted `values`. */
function quantile(values: readonly number[], q: number): number {
  const rank = Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1))
  return values[rank] ?? 0
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      limit: {type: 'string'},
      candidates: {type: 'string', default: '0,0.5,1,1.5,2,2.5,3,4,5'}
    },
    allowPositionals: false
  })
  const articles = loadCorpus(undefined, values.limit ? Number(values.limit) : Infinity)
  const config = hedgingOnly()
  const measured: Density[] = []
  for (const article of articles) measured.push(await measure(article.value, article.path, config))
  const seedPath = path.resolve(defaultCorpus(), '..', 'seed', 'korea-ukraine-arms.txt')
  const seed = await measure(readFileSync(seedPath, 'utf8'), seedPath, config)

  const hedged = measured.filter((article) => article.hedges > 0)
  const densities = hedged.map((article) => article.density).sort((a, b) => a - b)
  const total = measured.reduce((sum, article) => sum + article.hedges, 0)
  console.log(
    `Wikinews articles: ${articles.length}; hedging with minDensity 0: ${total} findings ` +
      `(${(total / articles.length).toFixed(3)} per article), in ${hedged.length} articles`
  )
  console.log(`seed (korea-ukraine-arms.txt): ${seed.hedges} hedges, ${seed.density} per 100 words`)
  console.log('')
  console.log('density (hedges per 100 words) of the articles with at least one hedge:')
  const quantiles = [0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1]
  console.log(quantiles.map((q) => `p${Math.round(q * 100)} ${quantile(densities, q)}`).join('  '))
  console.log('')
  const bounds = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, Infinity]
  console.log('density        articles  hedges')
  let low = 0
  for (const high of bounds) {
    const inside = hedged.filter((article) => article.density >= low && article.density < high)
    const hedges = inside.reduce((sum, article) => sum + article.hedges, 0)
    const label = high === Infinity ? `≥ ${low}` : `[${low}, ${high})`
    console.log(label.padEnd(14) + String(inside.length).padStart(9) + String(hedges).padStart(8))
    low = high
  }
  console.log('')
  console.log('minDensity  findings  per article  articles   seed')
  const candidates = (values.candidates ?? '').split(',').map(Number)
  for (const candidate of candidates) {
    const kept = measured.filter((article) => article.hedges > 0 && article.density >= candidate)
    const findings = kept.reduce((sum, article) => sum + article.hedges, 0)
    const seedFindings = seed.density >= candidate ? seed.hedges : 0
    console.log(
      String(candidate).padEnd(10) +
        String(findings).padStart(10) +
        (findings / articles.length).toFixed(3).padStart(13) +
        String(kept.length).padStart(10) +
        String(seedFindings).padStart(7)
    )
  }
}

await main()
