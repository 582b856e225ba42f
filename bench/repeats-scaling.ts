/**
 * How the repeats analysis (`src/analysis/repeats`, behind `duplicate-block`) scales with
 * the size of a file: the seed article 1×, 10× and 100×, and a 2 MB page made of Wikinews
 * articles each followed by the seed's page chrome (so most of it repeats). For each input:
 * the analysis alone (parse and structure done beforehand, untimed), a whole lint with only
 * `duplicate-block` and `scrape-residue` on, and a bare retext-english parse, as medians of
 * `--rounds` runs (default 5). Linear time shows as a constant µs per KB. Last, the cost
 * on the 2,000 Wikinews articles: the analysis and the two rules' checks next to a bare
 * parse of the same articles, as a share of it.
 *
 *   npm run build && node dist/bench/repeats-scaling.js [--rounds N]
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {analyzeRepeats} from '../src/analysis/repeats/index.js'
import {analyzeStructure} from '../src/analysis/structure/index.js'
import {alignParagraphsToBlocks} from '../src/analysis/align-paragraphs.js'
import {resolveConfig} from '../src/config/resolve.js'
import {createProcessor, lint} from '../src/processor.js'

const {values} = parseArgs({options: {rounds: {type: 'string', default: '5'}}})
const rounds = Math.max(1, Number(values.rounds) || 5)

function corpusFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return path.resolve(dir, '..', 'shared', 'corpus')
}

const corpus = corpusFolder()
const seed = readFileSync(path.join(corpus, 'seed', 'korea-ukraine-arms.txt'), 'utf8')
const chrome = seed.split('\n').slice(29).join('\n')

function twoMegabytes(): string {
  const dir = path.join(corpus, 'wikinews')
  const parts: string[] = []
  let size = 0
  for (const name of readdirSync(dir).sort()) {
    const part = readFileSync(path.join(dir, name), 'utf8').trim() + '\n\n' + chrome + '\n\n'
    parts.push(part)
    size += part.length
    if (size >= 2e6) break
  }
  return parts.join('').slice(0, 2e6)
}

const inputs: [string, string][] = [
  ['seed 1×', seed],
  ['seed 10×', Array(10).fill(seed).join('\n\n')],
  ['seed 100×', Array(100).fill(seed).join('\n\n')],
  ['2 MB page', twoMegabytes()]
]

const only = new Set(['duplicate-block', 'scrape-residue'])
const config = resolveConfig(
  {},
  Object.fromEntries(rules.map(({meta}) => [meta.id, only.has(meta.id) ? 'warn' : 'off']))
)
const bare = unified().use(retextEnglish).freeze()

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function time(run: () => unknown): Promise<number> {
  const times: number[] = []
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now()
    await run()
    if (round > 0) times.push(performance.now() - start)
  }
  return median(times)
}

console.log('input        KB   units  repeats  analysis ms  µs/KB  lint ms  bare parse ms')
for (const [label, text] of inputs) {
  let analysis: number[] = []
  let found = 0
  for (let round = 0; round <= rounds; round++) {
    const file = new VFile({path: 'page.txt', value: text})
    const tree = createProcessor().parse(file)
    const structure = analyzeStructure(tree, file)
    alignParagraphsToBlocks(tree, structure.blocks)
    file.data.structure = structure
    const start = performance.now()
    found = analyzeRepeats(tree, file).blocks.length
    if (round > 0) analysis.push(performance.now() - start)
    else analysis = []
  }
  const units = text.split('\n').filter((line) => line.trim()).length
  const lintMs = await time(() => lint(new VFile({path: 'page.txt', value: text}), config))
  const bareMs = await time(() => bare.parse(new VFile({path: 'page.txt', value: text})))
  const kb = text.length / 1024
  const ms = median(analysis)
  console.log(
    [
      label.padEnd(10),
      kb.toFixed(0).padStart(6),
      String(units).padStart(7),
      String(found).padStart(8),
      ms.toFixed(2).padStart(12),
      ((ms * 1000) / kb).toFixed(1).padStart(6),
      lintMs.toFixed(0).padStart(8),
      bareMs.toFixed(0).padStart(14)
    ].join(' ')
  )
}

// The Wikinews corpus: what the analysis adds to a bare parse, article by article.
{
  const dir = path.join(corpus, 'wikinews')
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
  const prepared = texts.map((text) => {
    const file = new VFile({path: 'article.txt', value: text})
    const tree = createProcessor().parse(file)
    const structure = analyzeStructure(tree, file)
    alignParagraphsToBlocks(tree, structure.blocks)
    file.data.structure = structure
    return {file, tree}
  })
  const analysisMs = await time(() => {
    for (const {file, tree} of prepared) analyzeRepeats(tree, file)
  })
  const bareMs = await time(() => {
    for (const text of texts) bare.parse(new VFile({path: 'article.txt', value: text}))
  })
  console.log(
    `\nWikinews, ${texts.length} articles: repeats analysis ${analysisMs.toFixed(0)} ms, ` +
      `bare parse ${bareMs.toFixed(0)} ms: the analysis costs ` +
      `${((analysisMs / bareMs) * 100).toFixed(1)}% of a bare parse`
  )
}
