/**
 * The repeats analysis and what it does for every rule: a finding inside a repeated block is
 * reported once, at the first copy, because `scopedTree` leaves the later copies out.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {normalize} from '../src/analysis/repeats/normalize.js'
import {findRuns} from '../src/analysis/repeats/runs.js'
import {fingerprints, mergeNearDuplicates} from '../src/analysis/repeats/winnow.js'
import {Words, base, hashKey} from '../src/analysis/repeats/hash.js'
import type {Unit} from '../src/analysis/repeats/units.js'
import {lineUnits} from '../src/analysis/repeats/units.js'
import {FirstSeen} from '../src/analysis/repeats/first-seen.js'
import {runRule} from './helpers/rule-tester.js'
import {lint} from '../src/processor.js'
import {resolveConfig} from '../src/config/resolve.js'

/** 27 words with a passive that retext-passive knows ("was broken"). */
const passiveParagraph =
  'The old window of the town hall was broken during the storm last night, and the ' +
  'caretaker said that the repairs would take at least three weeks to finish.'
/** A sentence retext-readability finds hard, long enough to be a block. */
const hardParagraph =
  'The intergovernmental organisation’s unprecedented reconsideration of multilateral ' +
  'agricultural liberalisation commitments necessitated comprehensive renegotiation of ' +
  'longstanding bilateral arrangements concerning transnational commodity distribution ' +
  'infrastructure and intercontinental regulatory harmonisation.'

describe('repeats: normalising', () => {
  it('folds white space, no-break spaces, &nbsp, case, quotes, bullets, NFKC', () => {
    expect(normalize('  • Mayor’s  “Plan”\u00a0PASSES&nbsp')).toBe('mayor\'s "plan" passes')
    expect(normalize('12) ﬁrst\u200b item')).toBe('first item')
    expect(normalize('• 1')).toBe('1')
    expect(normalize(' \u00a0 ')).toBe('')
  })

  it('winnows as the definition says: rightmost minimum of each window, once per change', () => {
    // Texts of two words at times, so that a shingle recurs within a window (a tie).
    const words = (vocabulary: string[]) =>
      fc.array(fc.constantFrom(...vocabulary), {maxLength: 40})
    const key = fc
      .oneof(words(['a', 'b', 'c', 'mayor', 'é', 'x1']), words(['a', 'b']))
      .map((parts) => parts.join(' '))
    fc.assert(
      fc.property(key, (value) => {
        expect(fingerprints(value)).toEqual(winnowByDefinition(value))
      }),
      {numRuns: 2000}
    )
  })

  it('winnows: one changed word keeps most fingerprints', () => {
    const a = fingerprints(normalize(passiveParagraph))
    const b = fingerprints(normalize(passiveParagraph.replace('three', 'four')))
    const shared = a.filter((print) => b.includes(print)).length
    expect(shared / Math.max(a.length, b.length)).toBeGreaterThan(0.7)
  })
})

describe('repeats: reading lines without making their keys', () => {
  let merges = 0

  // Lines of mostly ASCII words, with what makes a line take the long way: capitals, list
  // markers, runs of white space, `&nbsp`, curly quotes, letters past ASCII, CR line ends.
  const pieces = ['word', 'Mayor', 'PASSES', '1.', '(2)', '3)', '12.5', '-', '*', '•', '&nbsp', '&']
  const more = [
    ...['’s', '“Plan”', 'ﬁrst', 'é', 'É', '–', '— ', '• ', '…', '¨', '˘', 'ΟΔΟΣ', 'Σ', 'İ', '`'],
    ...['e\u0301', '😀', '한', '\u1100\u1161', '\u00ad', '\u200b', '´', 'ſ', ' ', ' ', ' ', '  '],
    ...['\t', '\u00a0', '\u2003', '\n', '\r\n', '\r']
  ]
  const text = fc
    .array(fc.constantFrom(...pieces, ...more), {maxLength: 40})
    .map((parts) => parts.join(''))

  it('gives each line the hash and word hashes of its key', () => {
    fc.assert(
      fc.property(text, (doc) => {
        const words = new Words()
        const expected = new Words()
        for (const unit of lineUnits(doc, words).list) {
          const key = normalize(doc.slice(unit.start, unit.end))
          const first = expected.count
          expect(unit.hash).toBe(hashKey(key, expected))
          expect(unit.words).toBe(expected.count - first)
          for (let word = 0; word < unit.words; word++) {
            expect(words.hashes[unit.firstWord + word]).toBe(expected.hashes[first + word])
            expect(words.ends[unit.firstWord + word]! - unit.origin).toBe(
              expected.ends[first + word]
            )
          }
        }
      }),
      {numRuns: 2000}
    )
  })

  it('reads every character past ASCII as its key does, inside and around words', () => {
    const words = new Words()
    const expected = new Words()
    for (let code = 0x80; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      // In words, before "nbsp;", and where NFKC could make a list marker of it.
      const doc = [
        `Ab${character}cd ${character}x y${character} ${character}nbsp;`,
        `(${character}) a`,
        `${character}. a`,
        `1${character} a`
      ].join('\n')
      for (const unit of lineUnits(doc, words).list) {
        const key = normalize(doc.slice(unit.start, unit.end))
        expected.count = 0
        if (unit.hash !== hashKey(key, expected) || unit.words !== expected.count) {
          expect.fail(`U+${code.toString(16)} read as another key than ${JSON.stringify(key)}`)
        }
      }
    }
  })

  it('tells apart lines whose hashes collide, by their text', async () => {
    // Thue–Morse words of 128 letters and their complements have equal polynomial hashes
    // modulo 2³² (for any odd base): two different lines, one hash.
    let line = ''
    let complement = ''
    for (let index = 0; index < 128; index++) {
      const odd = index.toString(2).split('1').length % 2 === 0
      line += odd ? 'a' : 'b'
      complement += odd ? 'b' : 'a'
    }
    expect(hashKey(line, new Words()) & 0x3fffffff).toBe(
      hashKey(complement, new Words()) & 0x3fffffff
    )
    const text = (...lines: string[]) => ({
      name: 'collision',
      text: 'Headline\n\n' + lines.join('\n')
    })
    expect(await runRule('duplicate-block', text(line, complement))).toEqual([])
    expect(await runRule('duplicate-block', text(line, complement, complement))).toEqual([
      '5:1-5:129: Unexpected duplicate of line 4, expected one copy'
    ])
  })

  it('indexes fingerprints as a Map would, across files and growth', () => {
    const file = fc.array(fc.tuple(fc.integer({min: 0, max: 3000}), fc.nat(50)), {maxLength: 1500})
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(400), file), {minLength: 1, maxLength: 4}), (files) => {
        const index = new FirstSeen()
        for (const [expected, entries] of files) {
          index.reset(expected)
          const model = new Map<number, number>()
          for (const [print, unit] of entries) {
            expect(index.ownerOrClaim(print, unit)).toBe(model.get(print) ?? -1)
            if (!model.has(print)) model.set(print, unit)
          }
        }
      }),
      {numRuns: 200}
    )
  })

  it('merges near-duplicates as a fingerprint → first unit Map does', () => {
    // Units of few distinct words (at times two, so that a unit repeats its own shingles and
    // ties occur), and units made from an earlier one with a word changed.
    const word = fc.nat(7)
    const fresh = fc.record({words: fc.array(word, {minLength: 12, maxLength: 40})})
    const copy = fc.record({from: fc.nat(), at: fc.nat(), word})
    const drafts = fc.array(fc.oneof(fresh, {arbitrary: copy, weight: 3}), {maxLength: 30})
    fc.assert(
      fc.property(fc.integer({min: 2, max: 8}), drafts, (vocabulary, drafts) => {
        const made: number[][] = []
        for (const draft of drafts) {
          const source = 'words' in draft ? undefined : made[draft.from % (made.length || 1)]
          if ('words' in draft || !source) made.push('words' in draft ? draft.words : [0])
          else
            made.push(
              source.map((old, index) => (index === draft.at % source.length ? draft.word : old))
            )
        }
        const keys = made.map((parts) =>
          parts.map((part) => 'abcdefgh'[part % vocabulary]).join(' ')
        )
        const words = new Words()
        const list = keys.map((key): Unit => {
          const firstWord = words.count
          const hash = hashKey(key, words)
          return {
            start: 0,
            end: 0,
            hash,
            origin: 0,
            firstWord,
            words: words.count - firstWord,
            key
          }
        })
        const firstIndexOfId: number[] = []
        const ids = Int32Array.from(keys, (key, index) => {
          const first = keys.indexOf(key)
          if (first !== index) return -1
          firstIndexOfId.push(index)
          return firstIndexOfId.length - 1
        })
        ids.forEach((id, index) => {
          if (id === -1) ids[index] = ids[keys.indexOf(keys[index]!)]!
        })
        const expected = ids.slice()
        const expectedMerged = mergeByMap(list, expected, firstIndexOfId)
        merges += expectedMerged ? 1 : 0
        expect(mergeNearDuplicates({list, words}, ids, firstIndexOfId)).toBe(expectedMerged)
        expect([...ids]).toEqual([...expected])
      }),
      {numRuns: 1000}
    )
    // The runs must have merged something for the comparison to mean anything.
    expect(merges).toBeGreaterThan(200)
  })
})

/** Fingerprints by the letter of Schleimer et al., shingles hashed from their own text. */
function winnowByDefinition(key: string): number[] {
  const words = key === '' ? [] : key.split(' ')
  const shingles: number[] = []
  for (let index = 0; index + 5 <= words.length; index++) {
    const text = words.slice(index, index + 5).join(' ')
    let hash = 0
    for (let at = 0; at < text.length; at++) {
      hash = (Math.imul(hash, base) + text.charCodeAt(at)) | 0
    }
    shingles.push(hash & 0x3fffffff)
  }
  const result: number[] = []
  let chosen = -1
  for (let end = Math.min(4, shingles.length); end <= shingles.length && end > 0; end++) {
    let minimum = end - 1
    for (let index = end - 2; index >= Math.max(0, end - 4); index--) {
      if (shingles[index]! < shingles[minimum]!) minimum = index
    }
    if (minimum !== chosen) {
      chosen = minimum
      result.push(shingles[minimum]!)
    }
  }
  return result
}

/** The merging as first written: a Map from fingerprint to the first unit that had it. */
function mergeByMap(units: Unit[], ids: Int32Array, firstIndexOfId: number[]): boolean {
  const owner = new Map<number, number>()
  const sizes = new Map<number, number>()
  let merged = false
  units.forEach((unit, index) => {
    if (unit.words < 10 || firstIndexOfId[ids[index]!] !== index) return
    const prints = fingerprints(unit.key!)
    const counts = new Map<number, number>()
    for (const print of prints) {
      const other = owner.get(print)
      if (other === undefined) owner.set(print, index)
      else if (other !== index) counts.set(other, (counts.get(other) ?? 0) + 1)
    }
    let best = -1
    let bestShare = 0
    for (const [other, shared] of counts) {
      const share = shared / Math.max(prints.length, sizes.get(other)!)
      if (share > bestShare || (share === bestShare && other < best)) {
        best = other
        bestShare = share
      }
    }
    sizes.set(index, prints.length)
    if (best !== -1 && bestShare >= 0.7) {
      ids[index] = ids[best]!
      merged = true
    }
  })
  return merged
}

describe('repeats: runs', () => {
  const words = (count: number) => new Array<number>(count).fill(1)

  it('extends to the maximal run, and starts at the first repeated unit', () => {
    // a b c d e | x | b c d e
    const ids = Int32Array.from([0, 1, 2, 3, 4, 5, 1, 2, 3, 4])
    expect(findRuns(ids, words(10), {units: 2, words: 10})).toEqual([{at: 6, from: 1, length: 4}])
  })

  it('finds a doubled unit, and a block whose lines are common elsewhere', () => {
    // a a | 1 x 1 y | 1 z q | 1 z q
    const ids = Int32Array.from([0, 0, 1, 2, 1, 3, 1, 4, 5, 1, 4, 5])
    expect(findRuns(ids, words(12), {units: 2, words: 10})).toEqual([
      {at: 1, from: 0, length: 1},
      {at: 9, from: 6, length: 3}
    ])
  })
})

describe('repeats: other rules report once, at the first copy', () => {
  it('passive: a repeated paragraph', async () => {
    const text = `Headline\n\n${passiveParagraph}\n\nThe mayor visited.\n\n${passiveParagraph}\n`
    const messages = await runRule('passive', {name: 'repeat', text})
    // One finding, on line 3 (its exact span and wording are the passive rule's own tests).
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^3:\d+-3:\d+: /)
    // Without the copy the same finding: nothing is lost at the first copy.
    const once = `Headline\n\n${passiveParagraph}\n\nThe mayor visited.\n`
    expect(await runRule('passive', {name: 'once', text: once})).toEqual(messages)
  })

  it('readability: a repeated paragraph', async () => {
    const text = `Headline\n\n${hardParagraph}\n\nThe mayor visited.\n\n${hardParagraph}\n`
    const messages = await runRule('readability', {name: 'repeat', text})
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^3:1-3:\d+: Unexpected hard to read sentence/)
  })

  it('in plain text, lines around a repeat in the same paragraph are still checked', async () => {
    const text =
      'Headline\n\nBody text.\n\n' +
      'Box one\n• Alpha story&nbsp\n• Beta story\n• Gamma story\n\n' +
      'Box two Likes4\n• Alpha story&nbsp\n• Beta story\n• Gamma story\nComments7\n'
    expect(await runRule('scrape-residue', {name: 'split', text})).toEqual([
      '6:14-6:19: Unexpected HTML entity `&nbsp` written out, expected a space',
      '10:9-10:15: Unexpected widget counter `Likes4`, expected article text',
      '14:1-14:10: Unexpected widget counter `Comments7`, expected article text'
    ])
    expect(await runRule('duplicate-block', {name: 'split', text})).toEqual([
      '11:1-13:14: Unexpected duplicate of lines 6–8, expected one copy'
    ])
  })

  it('stores the repeats on file.data', async () => {
    const text = `Headline\n\n${passiveParagraph}\n\nThe mayor visited.\n\n${passiveParagraph}\n`
    const file = await lint(new VFile({path: 'a.txt', value: text}), resolveConfig({}))
    expect(file.data.repeats?.blocks).toMatchObject([
      {startLine: 7, endLine: 7, first: {startLine: 3, endLine: 3}, units: 1, block: true}
    ])
  })
})
