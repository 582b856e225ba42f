import type {VFile} from 'vfile'
import {peopleFor} from '../../src/analysis/people/index.js'
import {lineAt, placeOf} from '../../src/analysis/place.js'
import {offsetTest} from '../../src/analysis/spans.js'
import type {Mention} from '../../src/analysis/people/index.js'
import {defineRule} from '../../src/rule.js'

const royalTitles: ReadonlySet<string> = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'pope',
  'sultan',
  'emir',
  'sheikh'
])

export interface FirstReferenceOptions {
  style: 'ap' | 'courtesy'
  titles: string[]
}

/**
 * `first-reference`: the first body mention of a person is not the full name, while the full
 * name appears later ("a ceasefire with Putin" … "Vladimir Putin"). Headlines, captions and
 * quoted speech are never first references and never reported.
 */
export const firstReference = defineRule<FirstReferenceOptions>(
  {
    id: 'first-reference',
    description: 'A person is first named by surname or title alone, and in full only later',
    defaultSeverity: 'warn',
    scope: 'body',
    analyses: ['people'],
    options: {
      style: {
        type: 'string',
        description: 'House style: `ap` (surname alone later) or `courtesy` (Mr./Ms. Surname)',
        default: 'ap',
        enum: ['ap', 'courtesy']
      },
      titles: {type: 'string[]', description: 'Extra titles that stand before names', default: []}
    }
  },
  function (tree, file, options) {
    const people = peopleFor(tree, file, options.titles)
    const inTree = offsetTest(tree)
    for (const person of people.people) {
      if (!person.fullName) continue
      const mentions = person.mentions
        .map((index) => people.mentions[index]!)
        .filter((mention) => inTree(mention.start))
      const first = mentions.find((mention) => !mention.quoted)
      // A given name alone ("his wife, Cindy") is left alone: too often a company or a place.
      if (!first || (first.form !== 'surname' && first.form !== 'title-surname')) continue
      // Royalty goes by title and given name ("Prince Harry").
      if (first.title && royalTitles.has(first.title.head)) continue
      const full = mentions.find(
        (mention) =>
          mention.start > first.start && (mention.form === 'full' || mention.form === 'title-full')
      )
      if (!full) continue
      report(file, first, full)
    }
  }
)

function report(file: VFile, first: Mention, full: Mention): void {
  const source = String(file)
  const actual = source.slice(first.start, first.end)
  const expected: string[] = []
  if (first.title) expected.push(first.title.text + ' ' + full.name.text)
  else {
    // A capitalised title goes with the name ("President Joe Biden"); a lower-case one is
    // the writer's description ("Zimbabwe leader Robert Mugabe") and stays where it was.
    if (full.title && /^\p{Lu}/u.test(full.title.text)) {
      expected.push(full.title.text + ' ' + full.name.text)
    }
    expected.push(full.name.text)
  }
  const what = first.title ? 'title and surname' : 'surname'
  const message = file.message(
    `Unexpected ${what} \`${actual}\` on first reference to ${full.name.text}, expected the full name \`${expected[0]}\` (given later, on line ${lineAt(file, full.name.start)})`,
    {place: placeOf(file, first.start, first.end)}
  )
  message.actual = actual
  message.expected = expected
}
