/**
 * The hedging rule measured on the hand-labelled sentences of
 * `tests/fixtures/hedging/labelled.tsv`, next to retext-intensify on the same sentences.
 *
 *   npm run build && node dist/bench/hedging-eval.js            # tuning part and held-out part
 *   node dist/bench/hedging-eval.js --errors                     # list the tuning part's errors
 *   node dist/bench/hedging-eval.js --sample > draft.tsv         # how the set was drawn
 *
 * A sentence counts as predicted "hedged" when a finding of the rule starts inside it. Both
 * tools lint the whole article, so quotes, headline and chrome are seen as in real use.
 * `--errors` never lists held-out sentences: they are for reporting only. The rule runs with
 * `minDensity: 0` (every hedge), so the figures stay sentence-level.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import type {Root as NlcstRoot, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextIntensify from 'retext-intensify'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {analyze} from '../src/analysis/index.js'
import {kindAt} from '../src/analysis/structure/scope.js'
import {resolveConfig} from '../src/config/resolve.js'
import {createProcessor, lint} from '../src/processor.js'
import {defaultCorpus} from './corpus.js'

/** One labelled sentence. */
export interface LabelledSentence {
  id: number
  file: string
  start: number
  end: number
  stratum: 'candidate' | 'random'
  heldOut: boolean
  hedged: boolean
  reason: string
  text: string
}

/** The repository root: the nearest folder with a package.json (from `bench/` or `dist/bench/`). */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return dir
}

export const labelledPath = path.join(repoRoot(), 'tests/fixtures/hedging/labelled.tsv')

/** Read the TSV (`#` lines are comments). */
export function readLabelled(file: string = labelledPath): LabelledSentence[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const rows: LabelledSentence[] = []
  let header: string[] | undefined
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue
    const cells = line.split('\t')
    if (!header) {
      header = cells
      continue
    }
    const cell = (name: string): string => cells[header!.indexOf(name)] ?? ''
    rows.push({
      id: Number(cell('id')),
      file: cell('file'),
      start: Number(cell('start')),
      end: Number(cell('end')),
      stratum: cell('stratum') === 'candidate' ? 'candidate' : 'random',
      heldOut: cell('heldout') === 'yes',
      hedged: cell('hedged') === 'yes',
      reason: cell('reason'),
      text: cell('text')
    })
  }
  return rows
}

export interface Scores {
  sentences: number
  positives: number
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export function score(rows: readonly LabelledSentence[], predicted: ReadonlySet<number>): Scores {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const row of rows) {
    const guess = predicted.has(row.id)
    if (guess && row.hedged) tp++
    else if (guess) fp++
    else if (row.hedged) fn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {sentences: rows.length, positives: tp + fn, tp, fp, fn, precision, recall, f1}
}

/** Offsets (start) of every finding in `file`. */
function findingOffsets(file: VFile): number[] {
  return file.messages.map((message) => {
    const place = message.place
    const start = place && 'start' in place ? place.start : place
    return start?.offset ?? -1
  })
}

/** Ids of the sentences in which `offsets` fall. */
function hits(rows: readonly LabelledSentence[], offsets: readonly number[]): number[] {
  return rows
    .filter((row) => offsets.some((offset) => offset >= row.start && offset < row.end))
    .map((row) => row.id)
}

/** Which sentences the hedging rule and retext-intensify flag, linting each article once. */
export async function predict(
  rows: readonly LabelledSentence[],
  corpus: string = defaultCorpus(),
  options: Record<string, unknown> = {}
): Promise<{hedging: Set<number>; intensify: Set<number>}> {
  const others = Object.fromEntries(
    rules.filter(({meta}) => meta.id !== 'hedging').map(({meta}) => [meta.id, 'off' as const])
  )
  const config = resolveConfig({rules: {hedging: ['warn', options]}}, others)
  const byFile = new Map<string, LabelledSentence[]>()
  for (const row of rows) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row])
  const hedging = new Set<number>()
  const intensify = new Set<number>()
  const runIntensify = retextIntensify()
  for (const [name, fileRows] of byFile) {
    const value = readFileSync(path.join(corpus, name), 'utf8')
    const file = await lint(new VFile({path: name, value}), config)
    for (const id of hits(fileRows, findingOffsets(file))) hedging.add(id)
    const bare = new VFile({path: name, value})
    const tree = createProcessor().parse(bare)
    runIntensify(tree, bare)
    for (const id of hits(fileRows, findingOffsets(bare))) intensify.add(id)
  }
  return {hedging, intensify}
}

/** Words that may hedge: only used to stratify the sample, never by the rule. */
const candidateWord =
  /\b(may|might|could|would|likely|unlikely|probably|possibly|perhaps|potentially|presumably|apparently|seemingly|reportedly|allegedly|purportedly|appears?|appeared|seems?|seemed|suggest\w*|indicat\w*|believed|thought|expected|said to|some|many|critics|observers|analysts|experts|according to|possible|possibility|estimated)\b/i

/** A seeded PRNG (mulberry32), so that the sample and the held-out quarter are reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[items[index], items[other]] = [items[other]!, items[index]!]
  }
  return items
}

/**
 * Draw the set: 200 sentences with a candidate word and 200 drawn from all sentences, from
 * the headline and body of 500 random articles (at most two per article and stratum), then
 * a random quarter held out. Labels are added by hand afterwards.
 */
async function sample(corpus: string): Promise<void> {
  const next = random(20261127)
  const names = shuffle(
    readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .sort(),
    next
  ).slice(0, 500)
  type Drawn = Omit<LabelledSentence, 'id' | 'heldOut' | 'hedged' | 'reason' | 'stratum'>
  const all: Drawn[][] = []
  for (const name of names) {
    const value = readFileSync(path.join(corpus, name), 'utf8')
    const file = new VFile({path: name, value})
    const tree = createProcessor().parse(file) as NlcstRoot
    analyze(tree, file)
    const structure = file.data.structure!
    const sentences: Drawn[] = []
    visit(tree, 'SentenceNode', (node: Sentence) => {
      const start = node.position!.start.offset!
      const end = node.position!.end.offset!
      const kind = kindAt(structure, start)
      if (kind !== 'body' && kind !== 'headline' && kind !== 'standfirst') return
      const text = toString(node).replace(/\s+/g, ' ').trim()
      if (text.split(' ').length < 4) return
      sentences.push({file: name, start, end, text})
    })
    all.push(sentences)
  }
  const candidates = shuffle(
    all.flatMap((sentences) =>
      shuffle(
        sentences.filter((s) => candidateWord.test(s.text)),
        next
      ).slice(0, 2)
    ),
    next
  ).slice(0, 200)
  const taken = new Set(candidates.map((s) => s.file + ':' + s.start))
  const randoms = shuffle(
    all.flatMap((sentences) =>
      shuffle(
        sentences.filter((s) => !taken.has(s.file + ':' + s.start)),
        next
      ).slice(0, 1)
    ),
    next
  ).slice(0, 200)
  const rows = [
    ...candidates.map((s) => ({...s, stratum: 'candidate'})),
    ...randoms.map((s) => ({...s, stratum: 'random'}))
  ].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start)
  const heldOut = new Set(shuffle([...rows.keys()], next).slice(0, rows.length / 4))
  console.log(
    ['id', 'file', 'start', 'end', 'stratum', 'heldout', 'hedged', 'reason', 'text'].join('\t')
  )
  rows.forEach((row, id) => {
    console.log(
      [
        id,
        row.file,
        row.start,
        row.end,
        row.stratum,
        heldOut.has(id) ? 'yes' : 'no',
        '',
        '',
        row.text
      ].join('\t')
    )
  })
}

function format(name: string, scores: Scores): string {
  const figure = (value: number): string => value.toFixed(3)
  return (
    `${name.padEnd(18)} P ${figure(scores.precision)}  R ${figure(scores.recall)}  ` +
    `F1 ${figure(scores.f1)}  (tp ${scores.tp}, fp ${scores.fp}, fn ${scores.fn}; ` +
    `${scores.positives} hedged of ${scores.sentences})`
  )
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      corpus: {type: 'string'},
      sample: {type: 'boolean'},
      errors: {type: 'boolean'},
      json: {type: 'boolean'}
    }
  })
  const corpus = values.corpus ?? defaultCorpus()
  if (values.sample) return sample(corpus)
  const rows = readLabelled()
  // Every hedge (`minDensity: 0`): the figures are sentence-level, the density gate is not.
  const {hedging, intensify} = await predict(rows, corpus, {minDensity: 0})
  const parts = {
    tuning: rows.filter((row) => !row.heldOut),
    'held-out': rows.filter((row) => row.heldOut),
    all: rows
  }
  const result = Object.fromEntries(
    Object.entries(parts).map(([part, partRows]) => [
      part,
      {hedging: score(partRows, hedging), intensify: score(partRows, intensify)}
    ])
  )
  if (values.json) {
    console.log(JSON.stringify(result, null, 2))
    return
  }
  for (const [part, scores] of Object.entries(result)) {
    console.log(`${part}:`)
    console.log('  ' + format('hedging', scores.hedging))
    console.log('  ' + format('retext-intensify', scores.intensify))
  }
  if (values.errors) {
    for (const row of parts.tuning) {
      const guess = hedging.has(row.id)
      if (guess === row.hedged) continue
      console.log(`${guess ? 'FP' : 'FN'} ${row.id} ${row.file}: ${row.text} [${row.reason}]`)
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main()
}
