/**
 * The readability of one sentence, computed as retext-readability 8 computes it, on the same
 * formula packages, but cheaper: one walk per sentence, each word's syllables and list
 * membership memoised (news repeats the same words), Sets for the Dale–Chall and Spache lists. `tests/readability-oracle
 * .test.ts` proves the findings identical to retext-readability's on the whole corpus.
 */
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import type {Nodes, Sentence} from 'nlcst'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'

const familiar = new Set(spache)
const easy = new Set(daleChall)

/** What the formulas need to know about one word, as written. */
interface WordInfo {
  lower: string
  syllables: number
  /** Three or more syllables and not capitalised (Gunning fog's "complex" word). */
  complex: boolean
  familiar: boolean
  easy: boolean
}

/**
 * Word facts by word as written: news repeats the same words, and syllable counting
 * (syllable → pluralize, normalize-strings) is the costly part. Bounded, so a huge input
 * cannot grow it without end.
 */
const known = new Map<string, WordInfo>()
const cacheLimit = 200_000

function infoOf(word: string): WordInfo {
  let info = known.get(word)
  if (info === undefined) {
    const lower = word.toLowerCase()
    const count = syllable(word)
    info = {
      lower,
      syllables: count,
      complex: count >= 3 && word.charCodeAt(0) === lower.charCodeAt(0),
      familiar: familiar.has(lower),
      easy: easy.has(lower)
    }
    if (known.size >= cacheLimit) known.clear()
    known.set(word, info)
  }
  return info
}

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

/** Every word node under `node`, in order (as `visit(sentence, 'WordNode')` finds them). */
function collectWords(node: Nodes, into: string[]): void {
  if (node.type === 'WordNode') {
    into.push(textOf(node))
    return
  }
  if ('children' in node) for (const child of node.children) collectWords(child, into)
}

export function scoreSentence(sentence: Sentence): SentenceScore {
  const words: string[] = []
  collectWords(sentence, words)
  const familiarWords = new Set<string>()
  const easyWords = new Set<string>()
  let complexPolysillabicWord = 0
  let letters = 0
  let polysillabicWord = 0
  let totalSyllables = 0
  for (const value of words) {
    const info = infoOf(value)
    totalSyllables += info.syllables
    letters += value.length
    if (info.syllables >= 3) {
      polysillabicWord++
      if (info.complex) complexPolysillabicWord++
    }
    if (info.familiar) familiarWords.add(info.lower)
    if (info.easy) easyWords.add(info.lower)
  }
  const wordCount = words.length
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: wordCount - easyWords.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: wordCount - familiarWords.size,
    word: wordCount
  }
  const ages =
    wordCount === 0
      ? []
      : [
          gradeToAge(automatedReadability(counts)),
          gradeToAge(colemanLiau(counts)),
          gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]!),
          fleschToAge(flesch(counts)),
          gradeToAge(gunningFog(counts)),
          smogToAge(smogFormula(counts)),
          gradeToAge(spacheFormula(counts))
        ]
  return {
    sentence,
    words: wordCount,
    syllables: totalSyllables,
    polysyllabic: polysillabicWord,
    difficult: counts.difficultWord,
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
