/**
 * copydesk gives the `dale-chall` and `spache` word lists a Set-backed `includes`
 * (rules/readability/fast-word-lists.ts). These tests prove the patch changes speed only:
 * retext-readability reports exactly the same sentences with and without it on the whole
 * Wikinews corpus, the patched lists answer like `Array#includes`, and the patch reaches the
 * arrays retext-readability actually reads (npm deduplicated the packages).
 */
import {readdirSync, readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import {daleChall} from 'dale-chall'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import type {Options as ReadabilityOptions} from 'retext-readability'
import {spache} from 'spache'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {restoreWordLists, speedUpWordLists} from '../rules/readability/fast-word-lists.js'
import '../rules/readability/index.js'

// Read before any test toggles the patch: importing the rule must be enough to install it.
const patchedOnImport = Object.hasOwn(daleChall, 'includes') && Object.hasOwn(spache, 'includes')

const lists = {'dale-chall': daleChall, spache}

/** The corpus sits beside the clone: `<repo>/../shared/corpus/wikinews`. */
const corpus = new URL('../../shared/corpus/wikinews/', import.meta.url)

function corpusFiles(): Array<{name: string; value: string}> {
  return readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, value: readFileSync(new URL(name, corpus), 'utf8')}))
}

let words: Set<string> | undefined

/** Distinct lower-cased words of the corpus (a rough split: any string is a fair probe). */
function corpusWords(): Set<string> {
  words ??= new Set(
    corpusFiles().flatMap(({value}) => value.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u))
  )
  return words
}

const parser = unified().use(retextEnglish).freeze()

/** retext-readability's messages on `tree`, as comparable strings: place and reason. */
function findings(tree: Root, value: string, options?: ReadabilityOptions): string[] {
  const file = new VFile(value)
  retextReadability(options)(tree, file)
  return file.messages.map((message) => {
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    return `${message.line}:${message.column}-${end?.line}:${end?.column} ${message.reason}`
  })
}

test('importing the readability rule installs the Set-backed includes', () => {
  expect(patchedOnImport).toBe(true)
})

describe('on the whole Wikinews corpus', () => {
  test.for([
    {name: 'default options', options: undefined},
    {name: 'age 12, threshold 5/7', options: {age: 12, threshold: 5 / 7}}
  ])(
    'retext-readability with $name finds the same with and without the patch',
    async ({options}, {annotate}) => {
      const files = corpusFiles()
      expect(files.length).toBeGreaterThan(1000)
      let total = 0
      const differing: string[] = []
      try {
        for (const {name, value} of files) {
          // retext-readability only reads the tree, so one parse serves both runs.
          const tree = parser.parse(value)
          restoreWordLists()
          const unpatched = findings(tree, value, options)
          speedUpWordLists()
          const patched = findings(tree, value, options)
          total += unpatched.length
          if (JSON.stringify(patched) !== JSON.stringify(unpatched)) {
            differing.push(name)
            // Show the first difference in full; list the other files by name only.
            if (differing.length === 1) expect(patched, name).toEqual(unpatched)
          }
        }
      } finally {
        speedUpWordLists()
      }
      expect(differing).toEqual([])
      // Not vacuous: the corpus must produce findings to compare.
      expect(total, `${total} messages on ${files.length} files`).toBeGreaterThan(0)
      await annotate(`${total} identical messages on ${files.length} files`)
    }
  )
})

describe.each(Object.entries(lists))('the patched %s list', (_, list) => {
  test('answers includes like Array#includes', () => {
    speedUpWordLists()
    expect(Object.hasOwn(list, 'includes')).toBe(true)
    // Every listed word, the same in capitals, and every distinct word of the corpus: the
    // findings comparison above can miss one wrong word, as a verdict needs 4 of 7 formulas.
    const probes = [
      ...list,
      ...list.map((word) => word.toUpperCase()),
      ...corpusWords(),
      'photosynthesis',
      '',
      ' '
    ]
    const wrong = probes.filter(
      (word) => list.includes(word) !== Array.prototype.includes.call(list, word)
    )
    expect(wrong).toEqual([])
    expect(list.includes('about')).toBe(true)
    expect(list.includes('photosynthesis')).toBe(false)
  })

  test('adds no enumerable key and is undone by restoreWordLists', () => {
    speedUpWordLists()
    expect(Object.keys(list)).toHaveLength(list.length)
    restoreWordLists()
    expect(Object.hasOwn(list, 'includes')).toBe(false)
    expect(list.includes).toBe(Array.prototype.includes)
    speedUpWordLists()
    expect(Object.hasOwn(list, 'includes')).toBe(true)
  })
})

test('retext-readability reads the same arrays copydesk patches', () => {
  speedUpWordLists()
  const calls = {'dale-chall': 0, spache: 0}
  // Wrap the Set-backed includes with a counter. If npm had installed a second copy of a list
  // for retext-readability, the counter would stay at 0 while the findings stayed right.
  for (const [name, list] of Object.entries(lists)) {
    const patched = list.includes
    Object.defineProperty(list, 'includes', {
      value: (word: string) => {
        calls[name as keyof typeof calls]++
        return patched.call(list, word)
      },
      configurable: true,
      writable: true
    })
  }
  try {
    const tree = parser.parse('The committee recommended comprehensive reforms yesterday.')
    let words = 0
    visit(tree, 'WordNode', () => {
      words++
    })
    retextReadability()(tree, new VFile())
    // retext-readability asks both lists about every word of every sentence.
    expect(words).toBe(6)
    expect(calls).toEqual({'dale-chall': words, spache: words})
  } finally {
    restoreWordLists()
    speedUpWordLists()
  }
})
