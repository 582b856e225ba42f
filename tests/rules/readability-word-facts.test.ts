import {daleChall} from 'dale-chall'
import fc from 'fast-check'
import {spache} from 'spache'
import {syllable} from 'syllable'
import {describe, expect, it} from 'vitest'
import {
  complexAt,
  easyAt,
  easyWords,
  familiarAt,
  familiarWords,
  lookUp,
  syllablesAt
} from '../../rules/readability/word-facts.js'

/** The facts as `score.ts` computed them with a Map before the table. */
function expectedFacts(word: string) {
  const lower = word.toLowerCase()
  const syllables = syllable(word)
  return {
    syllables,
    complex: syllables >= 3 && word.charCodeAt(0) === lower.charCodeAt(0),
    familiar: spache.includes(lower),
    easy: daleChall.includes(lower)
  }
}

function factsOf(word: string) {
  const at = lookUp(word)
  return {
    syllables: syllablesAt(at),
    complex: complexAt(at),
    familiar: familiarAt(at) >= 0,
    easy: easyAt(at) >= 0
  }
}

describe('readability word facts', () => {
  it('gives the facts of a word, the same on every look-up', () => {
    // On the Dale–Chall list of easy words, not on Spache's list of familiar ones.
    expect(factsOf('government')).toEqual({
      syllables: 3,
      complex: true,
      familiar: false,
      easy: true
    })
    expect(factsOf('Government')).toEqual({
      syllables: 3,
      complex: false,
      familiar: false,
      easy: true
    })
    expect(factsOf('house')).toEqual({syllables: 1, complex: false, familiar: true, easy: true})
    expect(lookUp('house')).toBe(lookUp('house'))
  })

  it('indexes list words, so that one word of a list has one index', () => {
    const at = lookUp('House')
    expect(familiarAt(at)).toBe(familiarWords.get('house'))
    expect(easyAt(at)).toBe(easyWords.get('house'))
    expect(familiarAt(lookUp('zeitgeist'))).toBe(-1)
  })

  it('keeps every word right while the table grows and starts again', () => {
    // 140,000 distinct words: the table doubles several times, then is emptied once
    // (it holds at most 2¹⁷ words).
    const words = Array.from({length: 140_000}, (_, index) => `w${index.toString(36)}ord`)
    for (const word of words) lookUp(word)
    for (const word of [...words.slice(0, 50), ...words.slice(-50), 'house', 'government']) {
      expect(factsOf(word)).toEqual(expectedFacts(word))
    }
  })

  it('matches the direct computation on any text', () => {
    fc.assert(
      fc.property(fc.string({minLength: 1, maxLength: 20}), (word) => {
        expect(factsOf(word)).toEqual(expectedFacts(word))
      })
    )
  })
})
