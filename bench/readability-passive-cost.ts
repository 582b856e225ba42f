/**
 * The own cost of the `readability` and `passive` rules, as a ratio to a bare retext-english
 * parse of the same articles measured in the same rounds. `npm run bench` rows ("only
 * readability") also include the shared analyses (structure, repeats, quotes, people) that
 * run once per file for every rule; here each article is parsed and analysed once, outside
 * the timings, and only the rules run on it (each through its unified plugin, scope included).
 * Rounds interleave the configurations in a rotated order, so a busy moment hits all alike.
 *
 *   npm run build && node dist/bench/readability-passive-cost.js [--rounds 5] [--limit N]
 */
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {passive} from '../rules/passive/index.js'
import {readability} from '../rules/readability/index.js'
import {analyze} from '../src/analysis/index.js'
import {createProcessor} from '../src/processor.js'
import {loadCorpus} from './corpus.js'

async function main(): Promise<void> {
  const {values} = parseArgs({options: {rounds: {type: 'string'}, limit: {type: 'string'}}})
  const articles = loadCorpus(undefined, values.limit ? Number(values.limit) : Infinity)
  const processor = createProcessor()
  const prepared = articles.map((article) => {
    const file = new VFile({path: article.path, value: article.value})
    const tree = processor.parse(file)
    analyze(tree, file)
    return {article, tree, data: file.data}
  })
  const bare = unified().use(retextEnglish)
  const rules = {
    readability: unified().use(readability.plugin, 'warn'),
    passive: unified().use(passive.plugin, 'warn'),
    both: unified().use(readability.plugin, 'warn').use(passive.plugin, 'warn')
  }
  type Id = 'bare' | keyof typeof rules
  const run = async (id: Id): Promise<number> => {
    const start = performance.now()
    for (const {article, tree, data} of prepared) {
      if (id === 'bare') {
        bare.parse(article.value)
        continue
      }
      const file = new VFile({path: article.path, value: article.value, data: {...data}})
      // The rules only read the tree (scope makes its own narrowed copy).
      await rules[id].run(tree, file)
    }
    return performance.now() - start
  }
  const ids: Id[] = ['bare', 'readability', 'passive', 'both']
  for (const id of ids) await run(id) // warm-up
  const rounds = Number(values.rounds ?? 5)
  const ratios = new Map<Id, number[]>(ids.map((id) => [id, []]))
  for (let round = 0; round < rounds; round++) {
    const order = [...ids.slice(round % ids.length), ...ids.slice(0, round % ids.length)]
    const times = new Map<Id, number>()
    for (const id of order) times.set(id, await run(id))
    for (const id of ids) ratios.get(id)!.push(times.get(id)! / times.get('bare')!)
    console.error(`round ${round + 1}/${rounds}`)
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!
  console.log(`${articles.length} articles, ${rounds} rounds; own time as × a bare parse (median)`)
  for (const id of ids.slice(1)) {
    console.log(
      `${id.padEnd(12)} ${median(ratios.get(id)!).toFixed(3)}×  (rounds: ${ratios
        .get(id)!
        .map((r) => r.toFixed(2))
        .join(', ')})`
    )
  }
}

await main()
