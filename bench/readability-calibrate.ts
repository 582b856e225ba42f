/**
 * Calibration of the `readability` defaults on the Wikinews corpus (clean, edited news):
 * every writer's-voice body sentence (the rule's own selection: body scope, repeated blocks
 * and quoted speech skipped) is scored once; the script prints the distribution of sentence
 * grades and words, and the share of sentences and findings per article that each candidate
 * setting (target age or grade, threshold, minimum words) would flag.
 *
 *   npm run build && node dist/bench/readability-calibrate.js [--limit N]
 */
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {analyze} from '../src/analysis/index.js'
import {scopedTree} from '../src/analysis/structure/scope.js'
import {createProcessor} from '../src/processor.js'
import {writerSentences} from '../rules/readability/sentences.js'
import {agreeing, gradeOf, isHard} from '../rules/readability/score.js'
import {defaults} from '../rules/readability/index.js'
import {toString} from 'nlcst-to-string'
import type {SentenceScore} from '../rules/readability/score.js'
import {loadCorpus} from './corpus.js'

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN
}

function main(): void {
  const {values} = parseArgs({options: {limit: {type: 'string'}, examples: {type: 'string'}}})
  const articles = loadCorpus(undefined, values.limit ? Number(values.limit) : Infinity)
  const processor = createProcessor()
  const scores: SentenceScore[] = []
  for (const article of articles) {
    const file = new VFile({path: article.path, value: article.value})
    const tree = processor.parse(file)
    analyze(tree, file)
    const structure = file.data.structure
    const body = structure ? scopedTree(tree, structure, 'body', file.data.repeats?.skip) : tree
    scores.push(...writerSentences(body, file).filter((score) => score.words > 0))
  }
  const count = scores.length
  console.log(`${articles.length} articles, ${count} writer's-voice body sentences`)

  const grades = scores.map(gradeOf).sort((a, b) => a - b)
  const words = scores.map((score) => score.words).sort((a, b) => a - b)
  console.log('\nsentence grade (median of 7 formulas) and words, percentiles:')
  console.log('pct     grade  words')
  for (const share of [0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.98, 0.99]) {
    console.log(
      `${String(share * 100).padStart(3)}%  ${String(percentile(grades, share)).padStart(6)}` +
        String(percentile(words, share)).padStart(7)
    )
  }
  console.log('\ngrade histogram:')
  const histogram = new Map<number, number>()
  for (const grade of grades) {
    const bucket = Math.min(24, Math.max(0, Math.floor(grade / 2) * 2))
    histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1)
  }
  for (const [bucket, n] of [...histogram].sort((a, b) => a[0] - b[0])) {
    console.log(
      `${bucket === 24 ? '24+' : `${bucket}–${bucket + 1}`}`.padEnd(7) +
        String(n).padStart(6) +
        ` ${((100 * n) / count).toFixed(1).padStart(5)}%  ` +
        '#'.repeat(Math.round((200 * n) / count))
    )
  }

  console.log('\nshare flagged: age (grade), threshold, minWords → sentences, per article')
  for (const age of [16, 18, 20, 21, 22, 23, 24]) {
    for (const agree of [4, 5, 6, 7]) {
      for (const minWords of [5, 20]) {
        const flagged = scores.filter(
          (score) => score.words >= minWords && agreeing(score, age) >= agree
        ).length
        console.log(
          `age ${age} (grade ${age - 5}), ${agree}/7, minWords ${minWords}`.padEnd(38) +
            `${((100 * flagged) / count).toFixed(2).padStart(6)}%  ` +
            (flagged / articles.length).toFixed(3)
        )
      }
    }
  }

  const settings = {...defaults, age: defaults.grade + 5}
  const flagged = scores.filter((score) => isHard(score, settings))
  console.log(
    `\nat the defaults (grade ${defaults.grade}, threshold ${defaults.threshold.toFixed(3)}, ` +
      `minWords ${defaults.minWords}): ${flagged.length} sentences, ` +
      `${((100 * flagged.length) / count).toFixed(2)}% of ${count}, ` +
      `${(flagged.length / articles.length).toFixed(3)} per article`
  )
  // Every k-th flagged sentence, to read and judge.
  const examples = Number(values.examples ?? 0)
  const step = Math.max(1, Math.floor(flagged.length / Math.max(1, examples)))
  for (let index = 0; index < flagged.length && examples > 0; index += step) {
    const score = flagged[index]!
    console.log(`- grade ${gradeOf(score)}, ${score.words} words: ${toString(score.sentence)}`)
  }
}

main()
