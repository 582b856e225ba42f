/**
 * What each part of copydesk costs, as a share of a bare retext-english parse of the same
 * articles (`npm run build && node --expose-gc dist/bench/stages.js`): the copydesk parser,
 * each shared analysis, each rule's own work at its default options (analyses excluded) in
 * the one pipeline that runs them all, and unified's work to run that pipeline.
 *
 * Every article is parsed bare and then taken through the stages in order, each timed on its
 * own, so all the stages of an article run in the same stretch of the machine's time, and as
 * `copydesk` runs them: right after the parse, with no forced garbage collection. A
 * collection lands on whichever stage triggers it, the promotion of the article's fresh tree
 * included, so a figure holds some garbage of the stages before it. (Two other set-ups were
 * tried and dropped: all trees parsed up front makes the bare parse 2–3× dearer, its garbage
 * now collected against a heap of 2,000 trees; a forced collection before each stage leaves
 * every stage cache-cold, dearer by up to 2×. Both moved the ratios far more than any change
 * of code.) Ratios are per round (stage total / bare total), reported as the median over the
 * rounds, with half the spread; then each issue's cost goal as the sum of its stages, taken
 * per round. Flags: --rounds N (default 5), --limit N, --corpus DIR, --json.
 */
import {availableParallelism, loadavg} from 'node:os'
import {parseArgs} from 'node:util'
import type {Root as NlcstRoot} from 'nlcst'
import retextEnglish from 'retext-english'
import type {Processor, TransformCallback} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {analyses} from '../src/analysis/index.js'
import {resolveConfig} from '../src/config/resolve.js'
import {createProcessor} from '../src/processor.js'
import type {Rule} from '../src/rule.js'
import type {Article} from './corpus.js'
import {defaultCorpus, loadCorpus} from './corpus.js'

interface Stage {
  name: string
  /**
   * Runs on the article's tree and file, after every stage before it. Returns the stage's
   * time in ms when it is measured inside (see `ruleStages`).
   */
  run: (tree: NlcstRoot, file: VFile) => number | void | Promise<number | void>
}

const config = resolveConfig({})

/**
 * The rules as copydesk runs them (`src/lint.ts`): every rule a plugin of one pipeline, run
 * once per file, each with its default options; a rule that is off by default (passive) runs
 * as a warning, so that its cost is known too. Each rule's row is the time of its own
 * transformer; unified's work to run the pipeline, paid once per file whichever rules are on,
 * is a row of its own. (Run as a pipeline of its own, each rule also bore that work: 0.003 to
 * 0.005 of a bare parse a rule, a cost copydesk never pays per rule.)
 */
function ruleStages(): Stage[] {
  const on = rules.filter(({meta}) => config.rules[meta.id] !== undefined)
  const times = on.map(() => 0)
  const pipeline = unified()
  for (const [index, {meta, plugin}] of on.entries()) {
    const resolved = config.rules[meta.id]!
    const severity = resolved.severity === 'off' ? 'warn' : resolved.severity
    pipeline.use(timed(plugin, index, times), [severity, resolved.options])
  }
  pipeline.freeze()
  const names = on.map(
    ({meta}) =>
      `rule ${meta.id}${config.rules[meta.id]!.severity === 'off' ? ' (off by default)' : ''}`
  )
  // The pipeline runs in the first stage; each rule's stage then reads its time.
  const run: Stage = {
    name: 'unified run of the rules',
    async run(tree, file) {
      times.fill(0)
      const start = performance.now()
      await pipeline.run(tree, file)
      const total = performance.now() - start
      let rules = 0
      for (const time of times) rules += time
      return total - rules
    }
  }
  return [run, ...names.map((name, index): Stage => ({name, run: () => times[index]!}))]
}

/** A rule's transformer, as `defineRule` makes it: it calls `next` when done. */
type RuleTransformer = (tree: NlcstRoot, file: VFile, next: TransformCallback<NlcstRoot>) => void

/**
 * `plugin` with its transformer timed into `times[index]`. A rule's work is synchronous
 * (unified-lint-rule calls `next` before it returns), so the time is the rule's own.
 */
function timed(plugin: Rule['plugin'], index: number, times: number[]): Rule['plugin'] {
  return function (this: Processor, ...parameters) {
    const transform = plugin.apply(this, parameters) as RuleTransformer | undefined
    if (!transform) return
    return function (tree, file, next) {
      const start = performance.now()
      transform(tree, file, function (error) {
        times[index]! += performance.now() - start
        next(error)
      })
    }
  }
}

/** Each issue's cost goal: the stages a feature needs (its analyses and rules) and the goal. */
const groups: ReadonlyArray<{name: string; stages: readonly string[]; goal: number}> = [
  {
    name: 'quote analysis + quote-attribution, anonymous-source, unbalanced-quote',
    stages: [
      'analysis quotes',
      'rule quote-attribution',
      'rule anonymous-source',
      'rule unbalanced-quote'
    ],
    goal: 0.2
  },
  {
    name: 'people analysis + first-reference, title-consistency',
    stages: ['analysis people', 'rule first-reference', 'rule title-consistency'],
    goal: 0.3
  },
  {name: 'hedging', stages: ['rule hedging'], goal: 0.15},
  {
    name: 'repeats analysis + duplicate-block, scrape-residue',
    stages: ['analysis repeats', 'rule duplicate-block', 'rule scrape-residue'],
    goal: 0.1
  },
  {
    name: 'readability + passive',
    stages: ['rule readability', 'rule passive (off by default)'],
    goal: 0.5
  }
]

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      rounds: {type: 'string', default: '5'},
      limit: {type: 'string'},
      corpus: {type: 'string'},
      json: {type: 'boolean', default: false}
    }
  })
  const rounds = Number(values.rounds)
  const articles: Article[] = loadCorpus(
    values.corpus ?? defaultCorpus(),
    values.limit ? Number(values.limit) : Infinity
  )
  const bare = unified().use(retextEnglish).freeze()
  const parser = createProcessor().freeze()
  // Other work on the machine makes every ratio read high, not only every time: say how busy
  // it was, so that figures are compared with ones measured alike.
  const loadBefore = loadavg()[0]!
  const stages: Stage[] = [
    ...analyses.map(({name, run}): Stage => ({name: `analysis ${name}`, run})),
    ...ruleStages()
  ]
  const names = ['bare parse', 'copydesk parse', ...stages.map((stage) => stage.name)]
  const perRound: number[][] = names.map(() => [])

  // Round 0 warms up and is not reported.
  for (let round = 0; round <= rounds; round++) {
    process.stderr.write(`stages: round ${round}/${rounds}\n`)
    const totals = names.map(() => 0)
    for (const article of articles) {
      let start = performance.now()
      bare.parse(new VFile({path: article.path, value: article.value}))
      totals[0]! += performance.now() - start
      const file = new VFile({path: article.path, value: article.value})
      start = performance.now()
      const tree = parser.parse(file)
      totals[1]! += performance.now() - start
      file.data.stats = {}
      for (const [index, stage] of stages.entries()) {
        start = performance.now()
        const measured = await stage.run(tree, file)
        totals[index + 2]! += measured ?? performance.now() - start
      }
    }
    if (round > 0) for (const [index, total] of totals.entries()) perRound[index]!.push(total)
  }

  const rows = names.map((name, index) => {
    const ratios = perRound[index]!.map((time, round) => time / perRound[0]![round]!)
    return {
      stage: name,
      medianMs: median(perRound[index]!),
      ratioToBareParse: median(ratios),
      spread: Math.max(...ratios) - Math.min(...ratios)
    }
  })
  const groupRows = groups.map((group) => {
    const members = group.stages.map((stage) => names.indexOf(stage)).filter((at) => at >= 0)
    const ratios = perRound[0]!.map((bareTime, round) => {
      let sum = 0
      for (const at of members) sum += perRound[at]![round]!
      return sum / bareTime
    })
    return {
      group: group.name,
      goal: group.goal,
      ratioToBareParse: median(ratios),
      spread: Math.max(...ratios) - Math.min(...ratios)
    }
  })
  const load = [loadBefore, loadavg()[0]!].map((value) => Number(value.toFixed(2)))
  if (values.json) {
    const result = {articles: articles.length, rounds, load, rows, groups: groupRows}
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return
  }
  process.stdout.write(
    `${articles.length} articles, ${rounds} rounds; × bare = stage time / bare parse time\n` +
      `load average (1 min) ${load.join(' → ')} on ${availableParallelism()} cores\n`
  )
  for (const row of rows) {
    process.stdout.write(
      `${row.stage.padEnd(38)} ${row.medianMs.toFixed(0).padStart(7)} ms  ${row.ratioToBareParse.toFixed(3).padStart(6)} × bare  (±${(row.spread / 2).toFixed(3)})\n`
    )
  }
  process.stdout.write("\nEach issue's cost goal (sums of the rows above, per round):\n")
  for (const row of groupRows) {
    process.stdout.write(
      `${row.group.padEnd(72)} ${row.ratioToBareParse.toFixed(3).padStart(6)} × bare  (±${(row.spread / 2).toFixed(3)})  goal ≤ ${row.goal.toFixed(2)}\n`
    )
  }
}

await main()
