import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {runRule, testRule} from '../helpers/rule-tester.js'
import {seedText, wikinewsNames, wikinewsText} from '../helpers/corpus.js'

const reason =
  'Unexpected direct quote with no speaker, expected an attribution (“…,” Name said) in its ' +
  'sentence or the one before'

/** A headline first, so the structure analysis reads the rest as body. */
const doc = (body: string) => `Headline of the story\n\n${body}\n`

describe('quote-attribution: attributed (valid)', () => {
  testRule('quote-attribution', {
    valid: [
      {name: 'said after', text: doc('"We will rebuild the bridge," the mayor said.')},
      {name: 'said before, inverted', text: doc('"We will rebuild the bridge," said Jane Smith.')},
      {name: 'verb before', text: doc('Smith said, "We will rebuild the bridge this year."')},
      {name: 'colon intro', text: doc('Smith said: "We will rebuild the bridge this year."')},
      {name: 'colon without verb', text: doc('The report: "Bridges are unsafe in most counties."')},
      {
        name: 'according to',
        text: doc('"Bridges are unsafe in most counties," according to the report.')
      },
      {
        name: 'in a statement',
        text: doc('In a statement, "bridges are unsafe" was repeated twice over.')
      },
      {
        name: 'previous sentence',
        text: doc('Smith spoke to reporters on Monday. "We will rebuild the bridge this year."')
      },
      {
        name: 'next sentence',
        text: doc('"We will rebuild the bridge this year." Smith told reporters that on Monday.')
      },
      {
        name: 'next sentence names the source after a demonstrative',
        text: doc('"We will rebuild the bridge this year." These were the words of Jane Smith.')
      },
      {
        name: 'previous paragraph ending with a colon',
        text: doc('Smith then read a statement:\n\n"We will rebuild the bridge this year."')
      },
      {
        name: 'follow-on quote paragraph',
        text: doc(
          '"We will rebuild the bridge," Smith said.\n\n"It will take two years and cost a lot of money."'
        )
      },
      {
        name: 'multi-paragraph quote',
        text: doc(
          'Smith said: "We will rebuild the bridge this year.\n\n"It will take two years and cost a lot."'
        )
      },
      {
        // The closing mark forgotten before the attribution: the quote ends there, is
        // attributed, and the next paragraph's quote follows on (unbalanced-quote reports it).
        name: 'closing mark forgotten before "said Name" (corpus 1091)',
        text: doc(
          '"We will rebuild the bridge and the road this year. said Ian Greenberg, the mayor.\n\n' +
            '"It will take two years and cost a lot of money."'
        )
      },
      {name: 'sign-off', text: doc('"We will rebuild the bridge this year." — Jane Smith')},
      {name: 'pronoun', text: doc('"We will rebuild the bridge this year," she added.')},
      {
        name: 'named subject, comma',
        text: doc('Hough put it down to immaturity, "Someone needs to tell them."')
      },
      {
        name: 'extra speech verb by option',
        text: doc('Smith beamed, "We will rebuild it all this year."'),
        options: {speechVerbs: ['beam']}
      },
      {name: 'lemma match: says', text: doc('Smith says "we will rebuild the bridge this year".')},
      {name: 'scare quote (short)', text: doc('The plan is "dead in the water" now.')},
      {
        name: 'minWords',
        text: doc('It was "a bridge too far away" for him.'),
        options: {minWords: 6}
      },
      {name: 'title case', text: doc('Tickets for ‘Prisoner for a Day’ sold out in an hour.')},
      {name: 'called', text: doc('He called half of them “a basket of deplorables and worse”.')},
      {name: 'known as', text: doc('The area is known as "the land of the long white cloud".')},
      {
        name: 'fragment in the writer’s sentence',
        text: doc('The rules ban "cruel, inhuman or degrading treatment" of prisoners.')
      },
      {
        name: 'nested quote',
        text: doc('Smith said, "They told me, \'We will never rebuild the bridge,\' and left."')
      },
      {
        name: 'headline quote',
        text: '"We will rebuild the bridge this year"\n\nThe council met on Monday.\n'
      },
      {
        name: 'apostrophes only',
        text: doc("The students' union met in the ’90s and didn't vote on rock ’n’ roll.")
      },
      {
        name: 'inch marks',
        text: doc('The centre is 6\'3" tall and the other is 5\'11" tall in all.')
      }
    ],
    invalid: [
      {
        name: 'a bare quote paragraph between paragraphs without speech',
        text: doc(
          'The council met on Monday.\n\n"We will rebuild the bridge this year."\n\nThe bridge closed in May.'
        ),
        messages: [`5:1-5:40: ${reason}`]
      },
      {
        name: 'mixed straight and curly marks',
        text: doc('The council met on Monday. “We will rebuild the bridge this year."'),
        messages: [`3:28-3:67: ${reason}`]
      },
      {
        name: 'single marks',
        text: doc("The council met on Monday. 'We will rebuild the bridge this year.'"),
        messages: [`3:28-3:67: ${reason}`]
      },
      {
        name: 'a speaker does not carry over another quote',
        text: doc(
          '"We will rebuild it," Smith said.\n\nThe council met.\n\n"It will take two years and cost a lot."'
        ),
        messages: [`7:1-7:41: ${reason}`]
      },
      {
        name: 'a demonstrative sentence that names nobody',
        text: doc(
          'The council met on Monday. "We will rebuild the bridge this year." This is one of the reasons for the delay.'
        ),
        messages: [`3:28-3:67: ${reason}`]
      },
      {
        name: 'a demonstrative sentence that names a source, but not after of, from or by',
        text: doc(
          'The council met on Monday. "We will rebuild the bridge this year." That was before Smith left.'
        ),
        messages: [`3:28-3:67: ${reason}`]
      },
      {
        name: 'in Markdown',
        path: 'a.md',
        text: '# Headline\n\nThe council met on Monday. "We will rebuild the bridge this year."\n',
        messages: [`3:28-3:67: ${reason}`]
      }
    ]
  })
})

describe('quote-attribution: the seed', () => {
  it('reports no quote in the seed article', async () => {
    expect(await runRule('quote-attribution', {name: 'seed', text: seedText()})).toEqual([])
  })
})

describe('quote-attribution: real articles (Wikinews, CC BY 2.5)', () => {
  it('0523: a quote opening the body with no speaker', async () => {
    const text = wikinewsText('0523.txt')
    expect(await runRule('quote-attribution', {name: '0523', text})).toEqual([
      `3:1-3:89: ${reason}`
    ])
  })

  it('1524: a quote whose source the next sentence names after "This is"', async () => {
    expect(
      await runRule('quote-attribution', {name: '1524', text: wikinewsText('1524.txt')})
    ).toEqual([])
  })

  it('0001: a fragment after "to have said that" is not reported', async () => {
    expect(
      await runRule('quote-attribution', {name: '0001', text: wikinewsText('0001.txt')})
    ).toEqual([])
  })
})

describe('quote-attribution: the judged findings', () => {
  const judgements = readFileSync(
    new URL('../fixtures/judgements/quote-attribution.tsv', import.meta.url),
    'utf8'
  )
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('file\t'))
    .map((line) => {
      const [file, place, , correct] = line.split('\t')
      return {key: `${file} ${place}`, correct: correct === 'true'}
    })

  it('every finding on the corpus is judged, and the judged precision is what the README says', async () => {
    const found: string[] = []
    for (const name of wikinewsNames()) {
      const messages = await runRule('quote-attribution', {name, text: wikinewsText(name)})
      for (const message of messages) found.push(`${name} ${message.split('-')[0]}`)
    }
    expect(found.sort()).toEqual(judgements.map(({key}) => key).sort())
    const correct = judgements.filter((judgement) => judgement.correct).length
    expect(`${correct}/${judgements.length}`).toBe('5/5')
  }, 120_000)
})
