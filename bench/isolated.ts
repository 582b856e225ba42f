/**
 * Whole-pipeline cost of each feature, every configuration in a process of its own
 * (`npm run build && node dist/bench/isolated.js [--rounds 3] [--repeats 2]`).
 *
 * Why: in one process, a configuration that runs after a heavy one pays for the garbage that
 * one left behind (an old generation to collect), so a cheap row measured after a dear one
 * looks dearer: the same "all rules off" measured 1.0× or 1.5× a bare parse depending on the
 * row before it. Here each configuration runs in a fresh `node` process, `repeats` times,
 * processes interleaved; each reports the median of its `rounds` passes over the corpus after
 * a warm-up pass. The figure is the median over its processes, as × the bare parse.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {resolveConfig} from '../src/config/resolve.js'
import type {SeverityLabel} from '../src/rule.js'
import {lint} from '../src/processor.js'
import {loadCorpus} from './corpus.js'

/** Rule ids to turn on, by configuration name; `bare` is a bare retext-english parse. */
const configurations: Record<string, readonly string[] | 'bare' | 'recommended'> = {
  bare: 'bare',
  'all rules off (parse, structure, repeats)': [],
  'quote-attribution + unbalanced-quote (+ quote analysis)': [
    'quote-attribution',
    'unbalanced-quote'
  ],
  'first-reference + title-consistency (+ quote, people analyses)': [
    'first-reference',
    'title-consistency'
  ],
  'hedging (+ quote analysis)': ['hedging'],
  'readability (+ quote analysis)': ['readability'],
  'readability + passive (+ quote analysis)': ['readability', 'passive'],
  'duplicate-block + scrape-residue': ['duplicate-block', 'scrape-residue'],
  'all rules at the defaults': 'recommended'
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** In a child process: time `name` over the corpus, print the median seconds of the rounds. */
async function child(name: string, rounds: number): Promise<void> {
  const articles = loadCorpus()
  const setting = configurations[name]!
  let run: (value: string, path: string) => unknown
  if (setting === 'bare') {
    const bare = unified().use(retextEnglish).freeze()
    run = (value) => bare.parse(value)
  } else {
    const overrides: Record<string, SeverityLabel> = {}
    if (setting !== 'recommended') {
      for (const {meta} of rules) overrides[meta.id] = setting.includes(meta.id) ? 'warn' : 'off'
    }
    const config = resolveConfig({}, overrides)
    run = (value, path) => lint(new VFile({path, value}), config)
  }
  const times: number[] = []
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now()
    for (const article of articles) await run(article.value, article.path)
    if (round > 0) times.push((performance.now() - start) / 1000)
  }
  process.stdout.write(`${median(times)}\n`)
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      rounds: {type: 'string', default: '3'},
      repeats: {type: 'string', default: '2'},
      child: {type: 'string'}
    }
  })
  const rounds = Number(values.rounds)
  if (values.child) return child(values.child, rounds)
  const script = fileURLToPath(import.meta.url)
  const seconds = new Map<string, number[]>(Object.keys(configurations).map((name) => [name, []]))
  for (let repeat = 0; repeat < Number(values.repeats); repeat++) {
    for (const name of Object.keys(configurations)) {
      process.stderr.write(`isolated: ${name} (${repeat + 1}/${values.repeats})\n`)
      const output = execFileSync(process.execPath, [
        script,
        '--child',
        name,
        '--rounds',
        `${rounds}`
      ])
      seconds.get(name)!.push(Number(String(output).trim()))
    }
  }
  const bare = median(seconds.get('bare')!)
  const off = median(seconds.get('all rules off (parse, structure, repeats)')!)
  process.stdout.write(
    `Each configuration in its own process, ${values.repeats} processes each, median of ${rounds} passes over the corpus per process\n`
  )
  for (const [name, list] of seconds) {
    const time = median(list)
    const over = name === 'bare' ? '' : `  +${((time - off) / bare).toFixed(2)} over all rules off`
    process.stdout.write(
      `${name.padEnd(64)} ${time.toFixed(2)} s  ${(time / bare).toFixed(2)}× bare${over}\n`
    )
  }
}

await main()
