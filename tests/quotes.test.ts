import fc from 'fast-check'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {ShapeFilter, shapeOf} from '../src/analysis/quotes/classes.js'
import type {Attribution, Quote} from '../src/analysis/quotes/index.js'
import {analyzeQuotes, inQuote} from '../src/analysis/quotes/index.js'
import {lint} from '../src/processor.js'
import {seedText, wikinewsNames, wikinewsText} from './helpers/corpus.js'

const parser = unified().use(retextEnglish).freeze()
const parse = (text: string) => parser.parse(text)
const spans = (text: string) =>
  analyzeQuotes(parse(text)).quotes.map((quote) => text.slice(quote.start, quote.end))

describe('quote analysis: finding quotes', () => {
  it('finds straight, curly, mixed and reversed pairs', () => {
    expect(
      spans('He said "one two three" and “four five” and “six seven" and ”eight nine” ok.')
    ).toEqual(['"one two three"', '“four five”', '“six seven"', '”eight nine”'])
  })

  it('nests single quotes inside double ones', () => {
    const text = 'She said, "They told me, \'We will never rebuild,\' and left."'
    const quotes = analyzeQuotes(parse(text)).quotes
    expect(quotes.map((quote) => [text.slice(quote.start, quote.end), quote.depth])).toEqual([
      ['"They told me, \'We will never rebuild,\' and left."', 0],
      ["'We will never rebuild,'", 1]
    ])
  })

  it('never takes apostrophes or inch marks for quote marks', () => {
    expect(spans("Don’t, Korea’s, ’90s, rock ’n’ roll, the students' union, 6'3\" tall.")).toEqual(
      []
    )
  })

  it('joins a quote continued in the next paragraph (multi-paragraph convention)', () => {
    const text = 'She said: "We will rebuild.\n\n"It will take two years."'
    const analysis = analyzeQuotes(parse(text))
    expect(analysis.quotes).toHaveLength(1)
    expect(text.slice(analysis.quotes[0]!.start, analysis.quotes[0]!.end)).toBe(
      '"We will rebuild.\n\n"It will take two years."'
    )
    expect(analysis.unbalanced).toEqual([])
  })

  it('keeps an unclosed quote to the end of its paragraph and reports the mark', () => {
    const text = 'She said: "We will rebuild.\n\nThe council met.'
    const analysis = analyzeQuotes(parse(text))
    expect(analysis.unbalanced.map((mark) => [mark.start, mark.role])).toEqual([[10, 'open']])
    expect(analysis.quotes[0]!.end).toBe(27)
  })
})

describe('quote analysis: inQuote', () => {
  it('tells quoted speech from the writer’s voice', () => {
    const text = 'Smith may go. "We might stay," he said.'
    const analysis = analyzeQuotes(parse(text))
    expect(inQuote(analysis, text.indexOf('may'))).toBe(false)
    expect(inQuote(analysis, text.indexOf('might'))).toBe(true)
    expect(inQuote(analysis, text.indexOf('"'))).toBe(true)
    expect(inQuote(analysis, text.indexOf('he'))).toBe(false)
  })

  it('in the seed: the hedges of quoted speech are inside quotes, the writer’s are not', async () => {
    const text = seedText()
    const file = await lint(new VFile({path: 'seed.txt', value: text}))
    const quotes = file.data.quotes!
    expect(inQuote(quotes, text.indexOf('could serve'))).toBe(true)
    expect(inQuote(quotes, text.indexOf('will likely weigh'))).toBe(true)
    expect(inQuote(quotes, text.indexOf('may become'))).toBe(false)
    expect(inQuote(quotes, text.indexOf('Some analysts suggest'))).toBe(false)
  })
})

describe('quote analysis: attribution on real text', () => {
  it('the seed: four quotes, their speakers and cues', async () => {
    const text = seedText()
    const file = await lint(new VFile({path: 'seed.txt', value: text}))
    const speech = file.data.quotes!.quotes.filter((quote) => quote.notSpeech === undefined)
    expect(
      speech.map((quote) => [
        quote.open.start,
        quote.attribution?.cue.text,
        quote.attribution?.speaker?.text,
        quote.attribution?.speakerKind
      ])
    ).toEqual([
      [
        text.indexOf('“Trump’s foreign'),
        'explained',
        'A professor of North Korean studies at Ewha Womans University, Dr. Park Won Gon',
        'person'
      ],
      [text.indexOf('“We don’t'), 'stated', 'A senior government official', 'anonymous'],
      [text.indexOf('“Trump might'), 'speculated', 'Park', 'person'],
      [
        text.indexOf('“South Korea’s arms'),
        'stated',
        'The director of Korea University’s Institute of National Security Strategy, Dr. Nam Sung Wook',
        'person'
      ]
    ])
  })

  it('Wikinews 1524 (CC BY 2.5): the next sentence names the source after "This is"', () => {
    const text = wikinewsText('1524.txt')
    const quote = analyzeQuotes(parse(text)).quotes.find((each) =>
      text.startsWith('"I eat them', each.start)
    )!
    expect(quote.attribution).toEqual({
      cue: {
        start: text.indexOf('This is one'),
        end: text.indexOf(' one of the many'),
        text: 'This is',
        kind: 'identified'
      },
      speaker: {start: text.indexOf('Jack the Wiz'), end: text.indexOf(' the Wiz,'), text: 'Jack'},
      speakerKind: 'person',
      place: 'next-sentence'
    })
  })

  it('Wikinews 0001 (CC BY 2.5): a fragment woven into the writer’s sentence is not speech', async () => {
    const text = wikinewsText('0001.txt')
    const analysis = analyzeQuotes(parse(text))
    const quote = analysis.quotes[0]!
    expect(text.slice(quote.start, quote.end)).toBe('"there is no will for genuine teamwork"')
    expect(quote.notSpeech).toBe('fragment')
  })
})

describe('quote analysis: word shapes', () => {
  it('a shape filter lets through its words in any case, and tokens it cannot tell', () => {
    const words = ['said', 'according', 'in', 'communiqué', '&', 'u.s.']
    const filter = new ShapeFilter(0, words)
    for (const word of words) {
      for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
        expect(filter.mayHave(shapeOf(form, 0, form.length))).toBe(true)
      }
    }
    // Other first or last letters, or another length: not one of the words.
    for (const word of ['says', 'sad', 'government', 'on']) {
      expect(filter.mayHave(shapeOf(word, 0, word.length))).toBe(false)
    }
    // Not starting or ending with an ASCII letter or digit: -1, which no filter turns away.
    expect(shapeOf('“said', 0, 5)).toBe(-1)
    expect(shapeOf('café', 0, 4)).toBe(-1)
    expect(filter.mayHave(-1)).toBe(true)
  })
})

describe('quote analysis: property', () => {
  const pieces = fc.constantFrom(
    'word',
    'Said',
    'said',
    ' ',
    ' ',
    '\n\n',
    '.',
    ',',
    ':',
    '"',
    "'",
    '“',
    '”',
    '‘',
    '’',
    '6',
    '—',
    'he',
    'Smith',
    'sources',
    'according to',
    // Claims: a vague source or not, in any case; the gapless reading skips paragraphs
    // without one before tokenising them (its result must not change).
    'officials',
    'OFFICIALS',
    'Analysts believe',
    'resources',
    'was named',
    'a person not authorized to speak',
    'unnamed',
    'expect',
    'called',
    'as'
  )
  it('random text with random quote marks never throws and never yields a span outside it', () => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 60}), (parts) => {
        const text = parts.join('')
        const analysis = analyzeQuotes(parse(text))
        for (const quote of analysis.quotes) {
          expect(quote.start).toBeGreaterThanOrEqual(0)
          expect(quote.end).toBeLessThanOrEqual(text.length)
          expect(quote.start).toBeLessThan(quote.end)
          const speaker = quote.attribution?.speaker
          if (speaker) expect(text.slice(speaker.start, speaker.end)).toBe(speaker.text)
        }
        for (const mark of analysis.unbalanced)
          expect(text.slice(mark.start, mark.end)).toBe(mark.char)
        for (const claim of analysis.claims) {
          expect(text.slice(claim.source.start, claim.source.end)).toBe(claim.source.text)
        }
      }),
      {numRuns: 500}
    )
  })

  // Plain text is read without gaps (only words' ends from the tree): the same analysis as
  // reading every position.
  const withoutPositions = ({paragraphs, scope, ...rest}: ReturnType<typeof analyzeQuotes>) => {
    void paragraphs
    void scope
    return rest
  }
  it('reading plain text without gaps gives what reading every position gives', () => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 60}), (parts) => {
        const text = parts.join('')
        expect(withoutPositions(analyzeQuotes(parse(text), text, true))).toEqual(
          withoutPositions(analyzeQuotes(parse(text), text, false))
        )
      }),
      {numRuns: 300}
    )
    for (const text of [seedText(), ...wikinewsNames().slice(0, 40).map(wikinewsText)]) {
      expect(withoutPositions(analyzeQuotes(parse(text), text, true))).toEqual(
        withoutPositions(analyzeQuotes(parse(text), text, false))
      )
    }
  })
})

describe('quote analysis: attributions made when first read', () => {
  // The attributions of quotes that are not speech are made when first read; whatever the
  // order they are read in, they are what making them all in document order gives.
  const pieces = fc.constantFrom(
    'word',
    'Smith said',
    'he told reporters',
    'Officials',
    'sources said',
    'according to analysts',
    'called',
    'the so-called',
    'Title Case Words',
    'lower words',
    ' ',
    ' ',
    '\n\n',
    '\n\nDS:\n\n',
    '\n\nKN:\n\n',
    'Park said:',
    '.',
    ',',
    ':',
    ' — ',
    '"',
    '“',
    '”',
    '‘',
    '’'
  )
  const attributionsOf = (quotes: readonly Quote[], order: readonly number[]) => {
    const result: Array<Attribution | undefined> = []
    for (const index of order) result[index] = quote(quotes, index).attribution
    return result
  }
  const quote = (quotes: readonly Quote[], index: number) => quotes[index]!

  /** The analysis with every attribution made at once, in document order (`eager`). */
  const eager = (text: string, gapless = false) => analyzeQuotes(parse(text), text, gapless, true)

  it('are those made at once in document order, read forwards or backwards', () => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 80}), fc.boolean(), (parts, gapless) => {
        const text = parts.join('')
        const reference = eager(text, gapless)
        const forward = analyzeQuotes(parse(text), text, gapless)
        const backward = analyzeQuotes(parse(text), text, gapless)
        const indices = reference.quotes.map((_, index) => index)
        const expected = attributionsOf(reference.quotes, indices)
        expect(attributionsOf(backward.quotes, [...indices].reverse())).toEqual(expected)
        expect(attributionsOf(forward.quotes, indices)).toEqual(expected)
        // The claims skip a cue of a quote's attribution: they too are what they were.
        expect(forward.claims).toEqual(reference.claims)
      }),
      {numRuns: 1000}
    )
  })

  it('in a transcript, every attribution is made before the labels are given', () => {
    // The title's speaker would carry over from the quote before it, had that one its label
    // already: made at once, neither has a speaker before the labels are given.
    for (const text of [
      'Intro.\n\n“we will see what happens next,” “Title Case Words” and more.\n\nDS:\n\nKN:\n\nEnd.',
      'DS:\n\nHello there.\n\nKN:\n\nOk then.\n\nThe man, “we will see what happens next,” “Title Case Words”.'
    ]) {
      const reference = eager(text).quotes
      const indices = reference.map((_, index) => index)
      const expected = attributionsOf(reference, indices)
      expect(expected.map((attribution) => attribution?.place)).toEqual([
        'transcript',
        'transcript'
      ])
      expect(attributionsOf(analyzeQuotes(parse(text)).quotes, indices)).toEqual(expected)
    }
  })

  it('a claim verb that is the cue of a quote in the next paragraph, or ending there, is no claim', () => {
    for (const [text, claims] of [
      // The quote's speaker is in the paragraph before it.
      ['Sources familiar with the talks said the deal was near.\n\n“We are close to a deal.”', 0],
      // A quote over two paragraphs, its cue after its close.
      ['“We are close to a deal.\n\n“It is near,” sources familiar with the talks said.', 0],
      // Not a cue: a claim.
      ['Sources familiar with the talks said the deal was near.\n\nNothing more.', 1]
    ] as const) {
      const analysis = analyzeQuotes(parse(text), text, true)
      expect(analysis.claims).toEqual(eager(text, true).claims)
      expect(analysis.claims).toHaveLength(claims)
    }
  })

  it('a long run of quotes with no speaker of their own, read from its end', () => {
    const text = Array.from({length: 400}, (_, index) => `“Title Number ${index}”`).join('\n\n')
    const reference = eager(text).quotes
    const backward = analyzeQuotes(parse(text)).quotes
    const indices = reference.map((_, index) => index)
    expect(reference).toHaveLength(400)
    expect(attributionsOf(backward, [...indices].reverse())).toEqual(
      attributionsOf(reference, indices)
    )
  })

  it('on real text: the same attributions and claims as made at once', () => {
    for (const text of [seedText(), ...wikinewsNames().slice(0, 300).map(wikinewsText)]) {
      const reference = eager(text, true)
      const analysis = analyzeQuotes(parse(text), text, true)
      const indices = reference.quotes.map((_, index) => index)
      expect(analysis.claims).toEqual(reference.claims)
      expect(attributionsOf(analysis.quotes, [...indices].reverse())).toEqual(
        attributionsOf(reference.quotes, indices)
      )
    }
  })

  it('reading plain text without gaps gives the attributions reading every position gives', () => {
    // (`toEqual` on the analyses does not read `attribution`, an accessor of the quotes' class.)
    for (const text of [seedText(), ...wikinewsNames().slice(0, 40).map(wikinewsText)]) {
      const gapless = analyzeQuotes(parse(text), text, true).quotes
      const positions = analyzeQuotes(parse(text), text, false).quotes
      const indices = gapless.map((_, index) => index)
      expect(attributionsOf(gapless, indices)).toEqual(attributionsOf(positions, indices))
    }
  })

  it('no claim is the cue of a quote’s attribution (those are reported with the quote)', () => {
    for (const text of [seedText(), ...wikinewsNames().slice(0, 200).map(wikinewsText)]) {
      const analysis = analyzeQuotes(parse(text), text, true)
      const cues = new Set(analysis.quotes.map((quote) => quote.attribution?.cue.start))
      for (const claim of analysis.claims) expect(cues.has(claim.cue.start)).toBe(false)
    }
  })
})

describe('quote analysis: normal forms', () => {
  it("are the lower case with the edges that are not letters or digits trimmed, ’ read as '", () => {
    const word = fc
      .array(fc.constantFrom('a', 'B', '7', '’', "'", '-', '.', 'é', 'İ', 'ß', '“', '_', 'Σ'), {
        minLength: 1,
        maxLength: 8
      })
      .map((chars) => chars.join(''))
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 6}), (words) => {
        const text = words.join(' ')
        const [paragraph] = analyzeQuotes(parse(text), text, true).paragraphs
        if (!paragraph) return
        for (let index = 0; index < paragraph.count; index++) {
          const value = paragraph.value(index)
          const expected = value
            .toLowerCase()
            .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
            .replace(/\u2019/g, "'")
          expect(paragraph.normal(index)).toBe(expected)
        }
      }),
      {numRuns: 500}
    )
  })
})
