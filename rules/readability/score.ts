/**
 * The readability of one sentence, computed as retext-readability 8 computes it, on the same
 * formula packages, but cheaper: one walk per sentence, each word's syllables and list
 * membership memoised (`word-facts.ts`), distinct list words counted with stamps.
 * `tests/readability-oracle.test.ts` proves the findings identical to retext-readability's on
 * the whole corpus.
 */
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import type {Nodes, Sentence} from 'nlcst'
import {smogFormula} from 'smog-formula'
import {spacheFormula} from 'spache-formula'
import {
  complexAt,
  easyAt,
  easyWords,
  familiarAt,
  familiarWords,
  lookUp,
  syllablesAt
} from './word-facts.js'

/** The seven formulas, in retext-readability's order. */
export const formulas = [
  'Automated Readability',
  'Coleman–Liau',
  'Dale–Chall',
  'Flesch',
  'Gunning fog',
  'SMOG',
  'Spache'
] as const

export interface SentenceScore {
  sentence: Sentence
  words: number
  syllables: number
  /** Words of three or more syllables. */
  polysyllabic: number
  /** Distinct words not on the Dale–Chall list of familiar words (counted as the package does). */
  difficult: number
  /** The reader age each formula gives, as retext-readability maps it. */
  ages: number[]
}

function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  // Most words are one text node: no string to build.
  if (node.children.length === 1) return textOf(node.children[0]!)
  let value = ''
  for (const child of node.children) value += textOf(child)
  return value
}

/**
 * Distinct list words of the sentence being scored: a list word was seen in it when its stamp
 * is the sentence's number (no Set of strings per sentence).
 */
const familiarStamps = new Int32Array(familiarWords.size)
const easyStamps = new Int32Array(easyWords.size)
let sentenceNumber = 0

/** The running counts of the sentence being scored. */
interface Counts {
  words: number
  letters: number
  syllables: number
  polysyllabic: number
  complex: number
  familiar: number
  easy: number
}

/** Count every word under `node`, in order (the words `visit(sentence, 'WordNode')` finds). */
function countWords(node: Nodes, counts: Counts): void {
  if (node.type !== 'WordNode') {
    if ('children' in node) for (const child of node.children) countWords(child, counts)
    return
  }
  const value = textOf(node)
  const at = lookUp(value)
  const syllables = syllablesAt(at)
  counts.words++
  counts.letters += value.length
  counts.syllables += syllables
  if (syllables >= 3) {
    counts.polysyllabic++
    if (complexAt(at)) counts.complex++
  }
  const familiar = familiarAt(at)
  if (familiar >= 0 && familiarStamps[familiar] !== sentenceNumber) {
    familiarStamps[familiar] = sentenceNumber
    counts.familiar++
  }
  const easy = easyAt(at)
  if (easy >= 0 && easyStamps[easy] !== sentenceNumber) {
    easyStamps[easy] = sentenceNumber
    counts.easy++
  }
}

export function scoreSentence(sentence: Sentence): SentenceScore {
  sentenceNumber = (sentenceNumber + 1) | 0
  if (sentenceNumber === 0) {
    // Wrapped around after 2³² sentences: forget every stamp.
    familiarStamps.fill(0)
    easyStamps.fill(0)
    sentenceNumber = 1
  }
  const counts: Counts = {
    words: 0,
    letters: 0,
    syllables: 0,
    polysyllabic: 0,
    complex: 0,
    familiar: 0,
    easy: 0
  }
  countWords(sentence, counts)
  const wordCount = counts.words
  const formulaCounts = {
    character: counts.letters,
    complexPolysillabicWord: counts.complex,
    difficultWord: wordCount - counts.easy,
    letter: counts.letters,
    polysillabicWord: counts.polysyllabic,
    sentence: 1,
    syllable: counts.syllables,
    unfamiliarWord: wordCount - counts.familiar,
    word: wordCount
  }
  const ages =
    wordCount === 0
      ? []
      : [
          gradeToAge(automatedReadability(formulaCounts)),
          gradeToAge(colemanLiau(formulaCounts)),
          gradeToAge(daleChallGradeLevel(daleChallFormula(formulaCounts))[1]!),
          fleschToAge(flesch(formulaCounts)),
          gradeToAge(gunningFog(formulaCounts)),
          smogToAge(smogFormula(formulaCounts)),
          gradeToAge(spacheFormula(formulaCounts))
        ]
  return {
    sentence,
    words: wordCount,
    syllables: counts.syllables,
    polysyllabic: counts.polysyllabic,
    difficult: formulaCounts.difficultWord,
    ages
  }
}

/** How many formulas find the sentence too hard for readers of `age`. */
export function agreeing(score: SentenceScore, age: number): number {
  let count = 0
  for (const value of score.ages) if (value > age) count++
  return count
}

/** Whether retext-readability would report the sentence at these options. */
export function isHard(
  score: SentenceScore,
  options: {age: number; minWords: number; threshold: number}
): boolean {
  return (
    score.words >= options.minWords &&
    agreeing(score, options.age) / formulas.length >= options.threshold
  )
}

/** A sentence's reading grade: the median of the seven formulas (age − 5, US grades). */
export function gradeOf(score: SentenceScore): number {
  const sorted = [...score.ages].sort((a, b) => a - b)
  return (sorted[Math.floor(sorted.length / 2)] ?? 5) - 5
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5)
}

function fleschToAge(value: number): number {
  return 20 - Math.floor(value / 10)
}

function smogToAge(value: number): number {
  return Math.ceil(Math.sqrt(value) + 2.5)
}
