import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {mutationTest} from '../bench/people-mutate.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lint} from '../src/processor.js'
import {corpusFolder, seedText} from './helpers/corpus.js'

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
