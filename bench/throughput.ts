/**
 * Throughput of copydesk on the Wikinews corpus (`npm run bench`).
 *
 * Absolute times say more about the machine than about copydesk, so every configuration is
 * reported as a ratio to a bare retext-english parse measured in the same run, in the same
 * rounds. Configurations are interleaved finely: each round walks the corpus in blocks of
 * articles and runs every configuration on each block, in a rotated order, so a busy stretch
 * of a shared machine (another process, throttling) hits all of them alike rather than one.
 *
 * The warm-up round doubles as the memory pass: each configuration runs over the whole corpus
 * on its own, after a gc(), sampling memory after every article. The measured rounds sample
 * nothing, so memory reads stay out of the timings.
 *
 * Flags: --json (machine-readable results on stdout), --rounds N (measured rounds, default
 * 5), --limit N (only the first N articles), --corpus DIR. Progress goes to stderr. Run with
 * `node --expose-gc` (as `npm run bench` does) so that memory peaks are per configuration.
 */
import os from 'node:os'
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {restoreWordLists, speedUpWordLists} from '../rules/readability/fast-word-lists.js'
import {rules} from '../rules/registry.js'
import type {SeverityLabel} from '../src/rule.js'
import {resolveConfig} from '../src/config/resolve.js'
import type {ResolvedConfig} from '../src/config/types.js'
import {lint} from '../src/processor.js'
import type {Article} from './corpus.js'
import {defaultCorpus, loadCorpus} from './corpus.js'

/** One thing to measure: a function run on every article, with optional set-up around it. */
interface Configuration {
  id: string
  label: string
  /** Lint (or parse) one article; returns its message count, which also keeps the work live. */
  run: (article: Article) => number | Promise<number>
  before?: () => void
  after?: () => void
}

/** What one configuration did in the memory pass. */
interface MemorySample {
  messages: number
  peakRssBytes: number
  peakHeapBytes: number
}

/** Seconds per measured round, by configuration id. */
type Timings = Map<string, number[]>

interface Row {
  id: string
  label: string
  medianSeconds: number
  roundSeconds: number[]
  /** Spread of the rounds: (max − min) / median. */
  spread: number
  mbPerSecond: number
  articlesPerSecond: number
  /** Median over rounds of (this configuration's time / bare parse time in that round). */
  ratioToBareParse: number
  messages: number
  peakRssMB: number
  peakHeapMB: number
}

const MB = 1e6
const BARE = 'bare-parse'
/**
 * Articles per block of the interleaving: small enough that a block of the slowest
 * configuration takes well under a second, large enough that each configuration runs warm.
 */
const BLOCK = 50

// ---------------------------------------------------------------------------------------
// Options and corpus

function readOptions(): {json: boolean; rounds: number; limit: number; corpus: string} {
  const {values} = parseArgs({
    options: {
      json: {type: 'boolean', default: false},
      rounds: {type: 'string', default: '5'},
      limit: {type: 'string'},
      corpus: {type: 'string'}
    }
  })
  return {
    json: values.json,
    rounds: positiveInteger('--rounds', values.rounds),
    limit: values.limit === undefined ? Infinity : positiveInteger('--limit', values.limit),
    corpus: values.corpus ?? defaultCorpus()
  }
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${flag}: expected a positive integer, got ${JSON.stringify(value)}`)
  }
  return number
}

// ---------------------------------------------------------------------------------------
// Configurations

/** Every configuration gets a fresh VFile, as `copydesk` does for each file it reads. */
function toFile(article: Article): VFile {
  return new VFile({path: article.path, value: article.value})
}

/** All rules at the defaults, except those named in `on` forced on and all others off. */
function configWith(on: readonly string[] | 'recommended'): ResolvedConfig {
  if (on === 'recommended') return resolveConfig({})
  const overrides: Record<string, SeverityLabel> = {}
  for (const {meta} of rules) overrides[meta.id] = on.includes(meta.id) ? 'warn' : 'off'
  return resolveConfig({}, overrides)
}

function copydesk(id: string, label: string, config: ResolvedConfig): Configuration {
  return {
    id,
    label,
    run: async (article) => (await lint(toFile(article), config)).messages.length
  }
}

function configurations(): Configuration[] {
  const bare = unified().use(retextEnglish).freeze()
  // retext-readability on its own, outside copydesk: the word-list patch is the only change
  // between the two rows, so their difference is the patch's effect alone.
  const readabilityAlone = unified().use(retextEnglish).use(retextReadability).freeze()
  const runReadabilityAlone = (article: Article): number => {
    const file = toFile(article)
    readabilityAlone.runSync(readabilityAlone.parse(file), file)
    return file.messages.length
  }

  return [
    {
      id: BARE,
      label: 'bare parse (retext-english)',
      run: (article) => {
        bare.parse(toFile(article))
        return 0
      }
    },
    copydesk('copydesk', 'copydesk, recommended (all rules)', configWith('recommended')),
    copydesk('copydesk-no-rules', 'copydesk, all rules off', configWith([])),
    // Groups that share an analysis: each adds that analysis once, and its rules.
    copydesk(
      'copydesk-quote-rules',
      'copydesk, only quote-attribution + unbalanced-quote',
      configWith(['quote-attribution', 'unbalanced-quote'])
    ),
    copydesk(
      'copydesk-people-rules',
      'copydesk, only first-reference + title-consistency',
      configWith(['first-reference', 'title-consistency'])
    ),
    ...rules.map(({meta}) =>
      copydesk(`copydesk-only-${meta.id}`, `copydesk, only ${meta.id}`, configWith([meta.id]))
    ),
    {
      id: 'retext-readability-patched',
      label: 'retext-readability, Set word lists',
      run: runReadabilityAlone
    },
    {
      id: 'retext-readability-unpatched',
      label: 'retext-readability, unpatched',
      run: runReadabilityAlone,
      // The patch is global; put it back even if the run throws, or every later row would
      // silently measure the slow lists.
      before: restoreWordLists,
      after: speedUpWordLists
    }
  ]
}

// ---------------------------------------------------------------------------------------
// Measuring

/** `gc` exists only under `node --expose-gc`. */
const collectGarbage = (globalThis as {gc?: () => void}).gc

/** Run `config` on every article in turn, alone, and keep the memory peaks. */
async function memoryPass(
  config: Configuration,
  articles: readonly Article[]
): Promise<MemorySample> {
  collectGarbage?.()
  const sample: MemorySample = {messages: 0, peakRssBytes: 0, peakHeapBytes: 0}
  config.before?.()
  try {
    for (const article of articles) {
      sample.messages += await config.run(article)
      const {rss, heapUsed} = process.memoryUsage()
      sample.peakRssBytes = Math.max(sample.peakRssBytes, rss)
      sample.peakHeapBytes = Math.max(sample.peakHeapBytes, heapUsed)
    }
  } finally {
    config.after?.()
  }
  return sample
}

/** Seconds `config` takes over `block`; the set-up around it is not timed. */
async function timeBlock(config: Configuration, block: readonly Article[]): Promise<number> {
  config.before?.()
  try {
    const start = performance.now()
    for (const article of block) {
      const result = config.run(article)
      // Await only real promises: a microtask per article would tax the synchronous rows.
      if (typeof result !== 'number') await result
    }
    return (performance.now() - start) / 1000
  } finally {
    config.after?.()
  }
}

/**
 * `rounds` measured rounds over the whole corpus, block by block. Within a block the order
 * of the configurations rotates, so none of them always runs right after another.
 */
async function timeRounds(
  configs: readonly Configuration[],
  articles: readonly Article[],
  rounds: number
): Promise<Timings> {
  const timings: Timings = new Map(configs.map((config) => [config.id, []]))
  for (let round = 0; round < rounds; round++) {
    progress(`round ${round + 1}/${rounds}`)
    const seconds = new Map(configs.map((config) => [config.id, 0]))
    for (let first = 0, block = round; first < articles.length; first += BLOCK, block++) {
      const slice = articles.slice(first, first + BLOCK)
      for (let index = 0; index < configs.length; index++) {
        const config = configs[(index + block) % configs.length]!
        seconds.set(config.id, seconds.get(config.id)! + (await timeBlock(config, slice)))
      }
    }
    for (const [id, total] of seconds) timings.get(id)!.push(total)
  }
  return timings
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function summarise(
  configs: readonly Configuration[],
  timings: Timings,
  memory: ReadonlyMap<string, MemorySample>,
  articles: readonly Article[]
): Row[] {
  const bytes = articles.reduce((sum, article) => sum + article.bytes, 0)
  const bare = timings.get(BARE)!
  return configs.map((config) => {
    const seconds = timings.get(config.id)!
    const medianSeconds = median(seconds)
    const {messages, peakRssBytes, peakHeapBytes} = memory.get(config.id)!
    return {
      id: config.id,
      label: config.label,
      medianSeconds,
      roundSeconds: seconds,
      spread: (Math.max(...seconds) - Math.min(...seconds)) / medianSeconds,
      mbPerSecond: bytes / MB / medianSeconds,
      articlesPerSecond: articles.length / medianSeconds,
      // Paired by round: both times come from the same stretch of the run.
      ratioToBareParse: median(seconds.map((time, round) => time / bare[round]!)),
      messages,
      peakRssMB: peakRssBytes / MB,
      peakHeapMB: peakHeapBytes / MB
    }
  })
}

/**
 * How much faster retext-readability's own work is with the Set lists: its time minus the
 * parse it shares with the bare row, unpatched over patched, paired by round.
 */
function patchSpeedUp(timings: Timings): number {
  const bare = timings.get(BARE)!
  const patched = timings.get('retext-readability-patched')!
  const unpatched = timings.get('retext-readability-unpatched')!
  return median(bare.map((parse, round) => (unpatched[round]! - parse) / (patched[round]! - parse)))
}

// ---------------------------------------------------------------------------------------
// Reporting

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`)
}

function table(rows: readonly Row[]): string {
  const header = [
    'configuration',
    'median s',
    'spread',
    'MB/s',
    'articles/s',
    '× bare',
    'messages',
    'peak RSS MB',
    'peak heap MB'
  ]
  const cells = rows.map((row) => [
    row.label,
    row.medianSeconds.toFixed(3),
    `${(row.spread * 100).toFixed(1)}%`,
    row.mbPerSecond.toFixed(2),
    row.articlesPerSecond.toFixed(0),
    row.ratioToBareParse.toFixed(2),
    String(row.messages),
    row.peakRssMB.toFixed(0),
    row.peakHeapMB.toFixed(0)
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length))
  )
  // First column left-aligned (names), the numbers right-aligned.
  const format = (line: readonly string[]) =>
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)
      )
      .join('  ')
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [format(header), rule, ...cells.map(format)].join('\n')
}

// ---------------------------------------------------------------------------------------

/** Everything the run found, as `--json` prints it. */
interface Result {
  node: string
  cpu: string
  cpus: number
  platform: string
  /** 1-minute load average before and after the measured rounds. */
  loadAverage: {before: number; after: number}
  gcExposed: boolean
  corpus: {dir: string; articles: number; bytes: number}
  rounds: number
  articlesPerBlock: number
  memory: {baselineRssMB: number; maxRssMB: number}
  /** retext-readability's own time, unpatched over Set word lists. */
  wordListSpeedUp: number
  rows: Row[]
}

function printTable(result: Result): void {
  const {corpus, loadAverage} = result
  console.log(`Node ${result.node} on ${result.cpu} (${result.cpus} CPUs, ${result.platform})`)
  console.log(
    `Corpus: ${corpus.articles} articles, ${(corpus.bytes / MB).toFixed(2)} MB (${corpus.dir})`
  )
  console.log(
    `${result.rounds} measured rounds after a warm-up, interleaved by blocks of ` +
      `${result.articlesPerBlock} articles; load average ${loadAverage.before} before, ` +
      `${loadAverage.after} after (${result.cpus} CPUs)\n`
  )
  console.log(table(result.rows))
  const heapNote = result.gcExposed
    ? 'gc() before each configuration'
    : 'no gc(), so blurred by earlier rows'
  console.log(`
median s:     median over rounds of the time to process every article once
spread:       (slowest - fastest round) / median
× bare:       median over rounds of (time / bare parse time in the same round)
messages:     messages over the corpus (a check that the configuration did its work)
peak RSS MB:  max of process.memoryUsage().rss sampled after each article in the memory pass;
              process-wide, so it includes the corpus in memory (RSS after loading it:
              ${result.memory.baselineRssMB.toFixed(0)} MB) and pages V8 kept from earlier configurations
peak heap MB: max of process.memoryUsage().heapUsed sampled after each article in the memory
              pass; ${heapNote}
process peak: process.resourceUsage().maxRSS over the whole run = ${result.memory.maxRssMB.toFixed(0)} MB

Set word lists: retext-readability's own time (its row minus the bare parse) is ${result.wordListSpeedUp.toFixed(1)}×
shorter than with the unpatched lists (median over rounds)`)
}

async function main(): Promise<void> {
  const options = readOptions()
  const articles = loadCorpus(options.corpus, options.limit)
  const bytes = articles.reduce((sum, article) => sum + article.bytes, 0)
  collectGarbage?.()
  const baselineRssMB = process.memoryUsage.rss() / MB
  if (!collectGarbage) progress('no gc() (run node with --expose-gc): memory peaks blur')
  progress(`${articles.length} articles, ${(bytes / MB).toFixed(2)} MB, ${options.rounds} rounds`)

  const configs = configurations()
  progress('warm-up and memory pass')
  const memory = new Map<string, MemorySample>()
  for (const config of configs) memory.set(config.id, await memoryPass(config, articles))
  const loadBefore = os.loadavg()[0]!
  const timings = await timeRounds(configs, articles, options.rounds)

  const result: Result = {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    platform: `${process.platform} ${process.arch}`,
    // Other processes on the machine inflate the spread (the ratios much less): show them.
    loadAverage: {before: round2(loadBefore), after: round2(os.loadavg()[0]!)},
    gcExposed: collectGarbage !== undefined,
    corpus: {dir: options.corpus, articles: articles.length, bytes},
    rounds: options.rounds,
    articlesPerBlock: BLOCK,
    // maxRSS is in kilobytes (KiB on Linux), for the whole process over the whole run.
    memory: {baselineRssMB, maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB},
    wordListSpeedUp: patchSpeedUp(timings),
    rows: summarise(configs, timings, memory, articles)
  }
  if (options.json) console.log(JSON.stringify(result, null, 2))
  else printTable(result)
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

await main()
