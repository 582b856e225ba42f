import type {Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {defineRule, withoutStackTrace} from '../../src/rule.js'
import {speedUpWordLists} from './fast-word-lists.js'
import {formulas, gradeOf, agreeing, isHard} from './score.js'
import type {SentenceScore} from './score.js'
import {writerSentences} from './sentences.js'

// retext-readability stays the oracle in the tests; keep its word lists fast for them and for
// anyone who runs it next to copydesk.
speedUpWordLists()

export interface ReadabilityOptions {
  /** Target reading grade (US school grade); when set, wins over `age` (age = grade + 5). */
  grade?: number
  age: number
  minWords: number
  threshold: number
}

/** Defaults, calibrated on the Wikinews corpus by `bench/readability-calibrate.ts`. */
export const defaults = {grade: 16, minWords: 20, threshold: 5 / 7} as const

/** Grades above this are shown as `20+`: the formulas run wild on very long sentences. */
const maxGrade = 20

/** Above this many words, length is the cause to name. */
const longSentence = 30

/** Figures for `file.data.stats.readability`. */
export type ReadabilityStats = {
  sentences: number
  hard: number
  /** Share of the writer's-voice body sentences that are hard, 0–1, two decimals. */
  shareHard: number
  /** Median reading grade of those sentences. */
  medianGrade: number
}

/** What makes the sentence hard, as an editor's instruction. */
export function mainCause(score: SentenceScore): string {
  if (score.words > longSentence) return `${score.words} words: split it`
  if (score.polysyllabic >= 4 || score.polysyllabic * 5 >= score.words) {
    return `${score.polysyllabic} words of 3+ syllables: use shorter words`
  }
  return `${score.difficult} unfamiliar words: use plainer ones`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  if (sorted.length === 0) return 0
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function report(file: VFile, score: SentenceScore, age: number): void {
  const sentence: Sentence = score.sentence
  const position = sentence.position
  const grade = gradeOf(score)
  const message = withoutStackTrace(() =>
    file.message(
      `Unexpected hard to read sentence (grade ${grade > maxGrade ? `${maxGrade}+` : grade}, ` +
        `${score.words} words; ` +
        `${agreeing(score, age)} of ${formulas.length} formulas), expected grade ${age - 5} ` +
        `or lower: ${mainCause(score)}`,
      {place: position, ruleId: 'readability', source: 'copydesk'}
    )
  )
  const start = position?.start.offset
  const end = position?.end.offset
  if (start !== undefined && end !== undefined) message.actual = String(file).slice(start, end)
  message.expected = []
}

/**
 * `readability`: writer's-voice body sentences that are hard to read for the target grade,
 * by the seven formulas of retext-readability (computed as it does, faster). Quoted speech is
 * skipped. Publishes the article's median grade and share of hard sentences in `stats`.
 */
export const readability = defineRule<ReadabilityOptions>(
  {
    id: 'readability',
    description: 'Sentences in the writer’s voice that are too hard for the target grade',
    defaultSeverity: 'warn',
    scope: 'body',
    analyses: ['quotes'],
    options: {
      grade: {
        type: 'number',
        min: 1,
        description: `Target reading grade (US school grade; default ${defaults.grade}); wins over age (age = grade + 5)`
      },
      age: {
        type: 'number',
        min: 1,
        description: 'Target reader age (retext-readability’s option), when grade is not set',
        default: defaults.grade + 5
      },
      minWords: {
        type: 'integer',
        min: 0,
        description: 'Check sentences with at least this many words',
        default: defaults.minWords
      },
      threshold: {
        type: 'number',
        min: 1 / 7,
        max: 1,
        description: 'Share of the 7 formulas that must agree a sentence is hard',
        default: defaults.threshold
      }
    }
  },
  function (tree, file, options) {
    const age = options.grade === undefined ? options.age : options.grade + 5
    const settings = {age, minWords: options.minWords, threshold: options.threshold}
    const scores = writerSentences(tree, file).filter((score) => score.words > 0)
    let hard = 0
    for (const score of scores) {
      if (!isHard(score, settings)) continue
      hard++
      report(file, score, age)
    }
    if (scores.length === 0) return
    const stats: ReadabilityStats = {
      sentences: scores.length,
      hard,
      shareHard: Math.round((100 * hard) / scores.length) / 100,
      medianGrade: median(scores.map(gradeOf))
    }
    file.data.stats ??= {}
    file.data.stats.readability = stats
  }
)
