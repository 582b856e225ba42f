/**
 * Precision and recall of the `passive` rule on the hand-labelled set
 * (`tests/fixtures/passive/labelled.tsv`: Wikinews sentences, writer's voice, drawn by
 * `bench/passive-sample.ts` and labelled before the rule was tuned), next to retext-passive
 * alone. A passive is counted by its participle within its sentence.
 *
 *   npm run build && node dist/bench/passive-labelled.js [--misses]
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import retextPassive from 'retext-passive'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {findPassives} from '../rules/passive/detect.js'

export interface LabelledSentence {
  file: string
  sentence: string
  /** Labelled passives: participle (lower case) → has a by-agent. */
  passives: Array<{participle: string; agent: boolean}>
  reason: string
}

export interface Score {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
}

export interface Evaluation {
  sentences: number
  passives: number
  agentless: number
  /** Any passive, ours. */
  copydesk: Score
  /** The default finding (agentless passives), ours. */
  agentlessFindings: Score
  /** Any passive, retext-passive alone. */
  retextPassive: Score
  misses: string[]
}

/** The fixture, found from the repository root (this runs from `bench/` and `dist/bench/`). */
function fixture(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return path.join(dir, 'tests', 'fixtures', 'passive', 'labelled.tsv')
}

export function readLabelled(file: string = fixture()): LabelledSentence[] {
  const [, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n')
  return rows.map((row) => {
    const [file = '', , , , sentence = '', passives = '-', reason = ''] = row.split('\t')
    return {
      file,
      sentence,
      reason,
      passives:
        passives === '-'
          ? []
          : passives.split(',').map((item) => {
              const [participle = '', kind] = item.split(':')
              return {participle, agent: kind === 'b'}
            })
    }
  })
}

function score(tp: number, fp: number, fn: number): Score {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn)
  }
}

/** Counts matches of two multisets of words: [matched, only in found, only in expected]. */
function compare(found: string[], expected: string[]): [number, number, number] {
  const left = [...expected]
  let matched = 0
  for (const word of found) {
    const at = left.indexOf(word)
    if (at === -1) continue
    left.splice(at, 1)
    matched++
  }
  return [matched, found.length - matched, left.length]
}

export function evaluate(labelled: LabelledSentence[] = readLabelled()): Evaluation {
  const parser = unified().use(retextEnglish)
  const packaged = retextPassive()
  const totals = {any: [0, 0, 0], agentless: [0, 0, 0], retext: [0, 0, 0]}
  const misses: string[] = []
  for (const item of labelled) {
    const tree: Root = parser.parse(item.sentence)
    const ours: Array<{participle: string; agent: boolean}> = []
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      for (const found of findPassives(sentence)) {
        ours.push({participle: toString(found.participle).toLowerCase(), agent: found.agent})
      }
    })
    const file = new VFile(item.sentence)
    packaged(tree, file)
    const theirs = file.messages.map((message) => String(message.actual).toLowerCase())
    const expected = item.passives.map((passive) => passive.participle)
    const rows: Array<[keyof typeof totals, [number, number, number]]> = [
      [
        'any',
        compare(
          ours.map((o) => o.participle),
          expected
        )
      ],
      [
        'agentless',
        compare(
          ours.filter((o) => !o.agent).map((o) => o.participle),
          item.passives.filter((p) => !p.agent).map((p) => p.participle)
        )
      ],
      ['retext', compare(theirs, expected)]
    ]
    for (const [key, counts] of rows) {
      for (let index = 0; index < 3; index++) totals[key][index]! += counts[index]!
    }
    const ourKinds = ours
      .map((o) => `${o.participle}:${o.agent ? 'b' : 'a'}`)
      .sort()
      .join(',')
    const labelKinds = item.passives
      .map((p) => `${p.participle}:${p.agent ? 'b' : 'a'}`)
      .sort()
      .join(',')
    if (ourKinds !== labelKinds) {
      misses.push(`${item.file}: found [${ourKinds}] labelled [${labelKinds}]: ${item.sentence}`)
    }
  }
  const passives = labelled.reduce((sum, item) => sum + item.passives.length, 0)
  const agentless = labelled.reduce(
    (sum, item) => sum + item.passives.filter((p) => !p.agent).length,
    0
  )
  const [a, b, c] = totals.any as [number, number, number]
  const [d, e, f] = totals.agentless as [number, number, number]
  const [g, h, i] = totals.retext as [number, number, number]
  return {
    sentences: labelled.length,
    passives,
    agentless,
    copydesk: score(a, b, c),
    agentlessFindings: score(d, e, f),
    retextPassive: score(g, h, i),
    misses
  }
}

function main(): void {
  const {values} = parseArgs({options: {misses: {type: 'boolean'}}})
  const result = evaluate()
  const line = (label: string, s: Score) =>
    `${label.padEnd(34)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  ` +
    `(TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`
  console.log(
    `${result.sentences} sentences, ${result.passives} labelled passives ` +
      `(${result.agentless} agentless, ${result.passives - result.agentless} with a by-agent)`
  )
  console.log(line('retext-passive alone (any passive)', result.retextPassive))
  console.log(line('copydesk passive (any passive)', result.copydesk))
  console.log(line('copydesk agentless (the warning)', result.agentlessFindings))
  if (values.misses) for (const miss of result.misses) console.log(miss)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
