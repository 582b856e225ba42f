/**
 * copydesk computes readability itself (rules/readability/score.ts: the same formula
 * packages, one walk, memoised syllables) instead of running retext-readability. This proves
 * the two agree: on the whole Wikinews corpus, the same sentences are hard, with the same number
 * of agreeing formulas, at retext-readability's defaults and at copydesk's.
 */
import {readdirSync, readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {SKIP, visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {defaults} from '../rules/readability/index.js'
import {agreeing, isHard, scoreSentence} from '../rules/readability/score.js'

const corpus = new URL('../../shared/corpus/wikinews/', import.meta.url)
const parser = unified().use(retextEnglish).freeze()

interface Settings {
  age: number
  threshold: number
  minWords: number
}

function place(position: {
  start: {line: number; column: number}
  end: {line: number; column: number}
}) {
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}

function oracle(tree: Root, settings: Settings): string[] {
  const file = new VFile()
  retextReadability(settings)(tree, file)
  return file.messages.map((message) => {
    const agree = /according to (\d+) out of/.exec(message.reason)?.[1] ?? '7'
    const position = message.place && 'start' in message.place ? message.place : undefined
    return `${position ? place(position) : '?'} ${agree}`
  })
}

function ours(tree: Root, settings: Settings): string[] {
  const found: string[] = []
  visit(tree, 'SentenceNode', (sentence) => {
    const score = scoreSentence(sentence)
    if (score.words > 0 && isHard(score, settings) && sentence.position) {
      found.push(`${place(sentence.position)} ${agreeing(score, settings.age)}`)
    }
    return SKIP
  })
  return found
}

describe('copydesk readability scores = retext-readability on the whole corpus', () => {
  test.for([
    {name: 'retext-readability defaults', settings: {age: 16, threshold: 4 / 7, minWords: 5}},
    {
      name: 'copydesk defaults',
      settings: {
        age: defaults.grade + 5,
        threshold: defaults.threshold,
        minWords: defaults.minWords
      }
    },
    {name: 'age 12, threshold 5/7, minWords 0', settings: {age: 12, threshold: 5 / 7, minWords: 0}}
  ])('$name', async ({settings}, {annotate}) => {
    const names = readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .sort()
    expect(names.length).toBeGreaterThan(1000)
    let total = 0
    const differing: string[] = []
    for (const name of names) {
      const tree = parser.parse(readFileSync(new URL(name, corpus), 'utf8'))
      const expected = oracle(tree, settings)
      const actual = ours(tree, settings)
      total += expected.length
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        if (differing.length === 0) expect(actual, name).toEqual(expected)
        differing.push(name)
      }
    }
    expect(differing).toEqual([])
    expect(total).toBeGreaterThan(0)
    await annotate(`${total} identical findings on ${names.length} files`)
  })
})
