import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {mutationTest} from '../bench/people-mutate.js'
import {analyze} from '../src/analysis/index.js'
import {analyzePeople, withTitles} from '../src/analysis/people/index.js'
import * as lexicon from '../src/analysis/people/lexicon.js'
import {givenNames} from '../src/analysis/people/names.js'
import {formalTitles} from '../src/analysis/people/titles.js'
import {resolveConfig} from '../src/config/resolve.js'
import {createProcessor, lint} from '../src/processor.js'
import {corpusFolder, seedText, wikinewsNames, wikinewsText} from './helpers/corpus.js'

async function people(text: string) {
  const file = await lint(new VFile({path: 'a.txt', value: text}), resolveConfig({}))
  const analysis = file.data.people!
  return analysis.people.map((person) => ({
    fullName: person.fullName,
    surname: person.surname,
    familyFirst: person.familyFirst,
    mentions: person.mentions.map((index) => {
      const mention = analysis.mentions[index]!
      return `${mention.form}:${mention.name.text}${mention.quoted ? ' (quoted)' : ''}`
    })
  }))
}

describe('people analysis', () => {
  it('reads forms, titles and family-name-first names', async () => {
    expect(
      await people(
        'Talks\n\nU.S. State Department Principal Deputy Spokesperson Vedant Patel spoke. Dr. Park Won Gon, a professor, said Park agreed. Mr. Patel left.\n'
      )
    ).toEqual([
      {
        fullName: 'Vedant Patel',
        surname: 'Patel',
        familyFirst: false,
        mentions: ['title-full:Vedant Patel', 'title-surname:Patel']
      },
      {
        fullName: 'Park Won Gon',
        surname: 'Park',
        familyFirst: true,
        mentions: ['title-full:Park Won Gon', 'surname:Park']
      }
    ])
  })

  it('the seed: Trump, Patel, Park, Putin, Nam; chrome and byline names are not people', async () => {
    const result = await people(seedText())
    expect(result.map((person) => person.fullName)).toEqual([
      'Donald Trump',
      'Vedant Patel',
      'Park Won Gon',
      'Vladimir Putin',
      'Kim Jong Un',
      'Nam Sung Wook'
    ])
    expect(result.find((person) => person.surname === 'Putin')?.mentions).toEqual([
      'surname:Putin',
      'surname:Putin',
      'surname:Putin (quoted)',
      'full:Vladimir Putin (quoted)'
    ])
  })

  it('classifies exactly the listed words (the hand-made table)', () => {
    const classify = lexicon.classifier(lexicon.defaultTitles)
    for (const name of givenNames) expect(classify(name, true) & lexicon.given).toBe(lexicon.given)
    for (const title of formalTitles) {
      expect(classify(title, false) & lexicon.formal).toBe(lexicon.formal)
      // Only the word itself: not a longer or shorter one, whatever their hash.
      for (const other of [title + 's', title.slice(0, -1)]) {
        if (!formalTitles.has(other)) expect(classify(other, true) & lexicon.formal).toBe(0)
      }
    }
    expect(classify('the', true) & lexicon.sentenceWord).toBe(lexicon.sentenceWord)
    expect(classify('josé', true) & lexicon.given).toBe(lexicon.given)
    expect(classify('qwzx', true)).toBe(0)
    expect(classify('', true)).toBe(0)
    // Extra titles make a table of their own.
    const extra = lexicon.classifier(withTitles(['harbourmaster']))
    expect(extra('harbourmaster', true) & lexicon.formal).toBe(lexicon.formal)
    expect(classify('harbourmaster', true) & lexicon.formal).toBe(0)
  })

  it('classifies words as written as their lower case (but for familiar words)', () => {
    const lists = lexicon.defaultTitles
    const classify = lexicon.classifier(lists)
    const classifyAt = lexicon.classifierAt(lists)
    const words = [
      ...givenNames,
      ...formalTitles,
      'The',
      'PRESIDENT',
      'Prime',
      'U.S.',
      'McCain',
      'José',
      'JOSÉ',
      'Zürich',
      'al-Naqib',
      'Kelvin\u212a',
      'qwzx',
      'of',
      'van',
      'Van'
    ]
    for (const word of words) {
      for (const written of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
        const raw = `(${written})`
        for (const capital of [true, false]) {
          expect(classifyAt(raw, 1, raw.length - 1, capital)).toBe(
            classify(written.toLowerCase(), capital) & ~lexicon.familiar
          )
        }
      }
    }
    expect(lexicon.isFamiliar('young')).toBe(true)
    expect(lexicon.isFamiliar('putin')).toBe(false)
  })

  it('reads plain text from the file as from the nodes', () => {
    // Glue, possessives, curly quotes, particles, non-ASCII capitals, CRLF, a tab.
    const tricky =
      '\uFEFFTalks in Seoul\r\n\r\n“President Yoon Suk-yeol,” said Dr. Park’s aide (Kim Jong-un’s envoy) on Monday. ' +
      'Former prime minister Ludwig van Beethoven met al-Naqib and O’Brien\tin Zürich; Émile Zola’ said “no.”\r\n' +
      "the AT&T chief, U.S. Sen. John McCain Jr., and Jones' lawyer Ms. Ana María López spoke.\n"
    const texts = [tricky, seedText(), ...wikinewsNames().slice(0, 40).map(wikinewsText)]
    for (const text of texts) {
      const file = new VFile({path: 'a.txt', value: text})
      const tree = createProcessor().parse(file)
      analyze(tree, file)
      const input = {source: String(file), structure: file.data.structure, quotes: file.data.quotes}
      for (const titles of [undefined, withTitles(['Councilwoman', 'coach'])]) {
        expect(analyzePeople(tree, {...input, titles, plain: true})).toEqual(
          analyzePeople(tree, {...input, titles, plain: false})
        )
      }
    }
  })

  it('joins words across white space alike in plain text and from the nodes', () => {
    // One space, two spaces, a tab, a no-break space, a line break, a space after a comma or a
    // quote mark: only one plain space joins two words of a name.
    const text =
      'Talks\n\nPresident Joe  Biden met Vladimir\tPutin and Angela\u00a0Merkel. Prime Minister\nBoris Johnson, ' +
      'Mr. Kim Jong Un, “Emmanuel” Macron and Dr.  Park said so. Park ( Won ) Gon left, Biden said.\n'
    const file = new VFile({path: 'a.txt', value: text})
    const tree = createProcessor().parse(file)
    analyze(tree, file)
    const input = {source: String(file), structure: file.data.structure, quotes: file.data.quotes}
    const plain = analyzePeople(tree, {...input, plain: true})
    expect(plain).toEqual(analyzePeople(tree, {...input, plain: false}))
    expect(plain.mentions.map((mention) => mention.name.text)).toContain('Boris Johnson')
  })

  it('organisations and places are not people', async () => {
    expect(
      await people(
        'Talks\n\nThe White House and the Supreme Court met at Ewha Womans University in Hong Kong.\n'
      )
    ).toEqual([])
  })
})

describe('people rules on the Wikinews corpus', () => {
  for (const rule of ['first-reference', 'title-consistency']) {
    it(`${rule}: judged precision ≥ 90%, ≤ 1 false per 20 articles`, () => {
      const rows = readFileSync(new URL(`fixtures/judgements/${rule}.tsv`, import.meta.url), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t'))
      const judged = rows.length
      const trueCount = rows.filter((row) => row[3] === 'true').length
      expect(judged).toBeGreaterThanOrEqual(rule === 'first-reference' ? 25 : 50)
      expect(trueCount / judged).toBeGreaterThanOrEqual(0.9)
    })
  }

  it('mutation test on 100 articles: recall ≥ 90% (move), ≥ 90% (title)', async () => {
    const result = await mutationTest(corpusFolder + 'wikinews', 100)
    expect(result.articles).toBe(100)
    expect(result.move.found / result.move.made).toBeGreaterThanOrEqual(0.9)
    expect(result.title.found / result.title.made).toBeGreaterThanOrEqual(0.9)
  })
})
