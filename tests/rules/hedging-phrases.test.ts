import fc from 'fast-check'
import type {Root, Sentence} from 'nlcst'
import {search} from 'nlcst-search'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {groups, vagueOpeners} from '../../rules/hedging/lexicon.js'
import {
  compilePhrases,
  matchPhrases,
  mayStart,
  mayStartWord,
  normalizeWord,
  wordText
} from '../../rules/hedging/phrases.js'
import {strictPhrases} from '../../rules/hedging/strict.js'
import {wikinewsNames, wikinewsText} from '../helpers/corpus.js'

const lexicon = [
  ...new Set([...groups.flatMap((group) => group.phrases), ...vagueOpeners, ...strictPhrases])
]
const parser = new ParseEnglish()

type Found = [start: number, end: number, phrase: string]

/** What nlcst-search reports, as offsets. */
function bySearch(tree: Root, phrases: readonly string[]): Found[] {
  const found: Found[] = []
  search(tree, [...phrases], (nodes, _, parent, phrase) => {
    if (parent.type !== 'SentenceNode') return
    found.push([nodes[0]!.position!.start.offset!, nodes.at(-1)!.position!.end.offset!, phrase])
  })
  return found
}

/** What copydesk's matcher reports, walking the words as the rule does. */
function byMatcher(tree: Root, phrases: readonly string[]): Found[] {
  const index = compilePhrases(phrases)
  const found: Found[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      sentence.children.forEach((word, at) => {
        if (word.type !== 'WordNode') return
        if (!mayStartWord(index, word)) return
        const text = wordText(word)
        matchPhrases(index, sentence as Sentence, at, normalizeWord(text), (phrase, to) => {
          const end = sentence.children[to - 1]!.position!.end.offset!
          found.push([word.position!.start.offset!, end, phrase])
        })
      })
    }
  }
  return found
}

describe('hedging phrase matcher', () => {
  it('normalises words as nlcst-normalize does', () => {
    expect(normalizeWord('Mightn’t')).toBe('mightnt')
    expect(normalizeWord('Self-Described')).toBe('selfdescribed')
    expect(normalizeWord("'Tis")).toBe('tis')
  })

  it('rules out words before normalising them only when they cannot match', () => {
    const index = compilePhrases(['may', 'it seems', 'allegedly'])
    expect(mayStart(index, 'Mayor')).toBe(true)
    expect(mayStart(index, 'The')).toBe(false)
    expect(mayStart(index, 'i')).toBe(false)
    expect(mayStart(index, "It's")).toBe(true)
    expect(mayStart(index, '2006')).toBe(true)
    // First words written with hyphens, apostrophes, capitals or letters outside ASCII.
    const text =
      'Ma-y MA’Y ma’-y May-or It seems, I-t seems IT SEEMS. All-eged-ly U.S. it’s İt seems ' +
      'Mаy 2006 may; “may”'
    const tree = parser.parse(text)
    const phrases = ['may', 'it seems', 'allegedly', 'us', 'its']
    const expected = bySearch(tree, phrases)
    expect(expected.length).toBeGreaterThan(8)
    expect(byMatcher(tree, phrases)).toEqual(expected)
  })

  it('skips literal words, as nlcst-search does', () => {
    const tree = parser.parse('The word “may” has two senses, and (perhaps) more.')
    expect(byMatcher(tree, ['may', 'perhaps'])).toEqual([])
    expect(bySearch(tree, ['may', 'perhaps'])).toEqual([])
  })

  it('finds what nlcst-search finds on 200 Wikinews articles, in the same order', () => {
    const names = wikinewsNames().filter((_, index) => index % 10 === 0)
    let total = 0
    for (const name of names) {
      const tree = parser.parse(wikinewsText(name))
      const expected = bySearch(tree, lexicon)
      total += expected.length
      expect(byMatcher(tree, lexicon)).toEqual(expected)
    }
    expect(total).toBeGreaterThan(1000)
  })

  // Random text from phrase words in random case, with hyphens, apostrophes, quote marks,
  // brackets and dashes around them: the matcher and nlcst-search agree on every one.
  it('agrees with nlcst-search on random text (property)', () => {
    const punctuation = [',', '.', ' — ', ' - ', '“', '”', '"', "'", '’', '(', ')', ':', ';']
    const others = ['Mayor', 'dismay', 'it', 'is', 'the', 'said', 'may-be', 'Some', 'could’ve']
    const recase = (text: string, kind: string): string =>
      kind === 'upper'
        ? text.toUpperCase()
        : kind === 'title'
          ? text[0]!.toUpperCase() + text.slice(1)
          : text
    // Text made mostly of the chosen phrases' own words, so that many runs hold a match.
    const sample = fc.subarray(lexicon, {minLength: 1, maxLength: 40}).chain((chosen) => {
      const words = chosen.flatMap((phrase) => phrase.split(' ')).filter((word) => word !== '*')
      const token = fc.oneof(
        {arbitrary: fc.constantFrom(...words), weight: 4},
        {arbitrary: fc.constantFrom(...others), weight: 1},
        {arbitrary: fc.constantFrom(...punctuation), weight: 2}
      )
      const cased = fc
        .tuple(token, fc.constantFrom('lower', 'upper', 'title'))
        .map(([text, kind]) => recase(text, kind))
      return fc.tuple(fc.array(cased, {maxLength: 40}), fc.constant(chosen))
    })
    let runsWithMatches = 0
    fc.assert(
      fc.property(sample, ([tokens, chosen]) => {
        const tree = parser.parse(tokens.join(' '))
        const expected = bySearch(tree, chosen)
        if (expected.length > 0) runsWithMatches++
        expect(byMatcher(tree, chosen)).toEqual(expected)
      }),
      {numRuns: 500}
    )
    // Not vacuous: many runs hold a match.
    expect(runsWithMatches).toBeGreaterThan(250)
  })
})
