import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {inScope, peopleFor} from '../../src/analysis/people/index.js'
import type {Mention, PeopleAnalysis, Person} from '../../src/analysis/people/index.js'
import {lineAt, placeOf} from '../../src/analysis/place.js'
import {defineRule, withoutStackTrace} from '../../src/rule.js'

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
    for (const person of people.people) {
      if (!person.fullName) continue
      const first = firstMention(people, person, tree)
      // A given name alone ("his wife, Cindy") is left alone: too often a company or a place.
      if (!first || (first.form !== 'surname' && first.form !== 'title-surname')) continue
      // Royalty goes by title and given name ("Prince Harry").
      if (first.title && royalTitles.has(first.title.head)) continue
      const full = laterFullName(people, person, tree, first)
      if (!full) continue
      report(file, first, full)
    }
  }
)

/** The person's first mention in the rule's scope outside quoted speech. */
function firstMention(
  people: PeopleAnalysis,
  person: Person,
  tree: NlcstRoot
): Mention | undefined {
  for (const index of person.mentions) {
    const mention = people.mentions[index]!
    if (!mention.quoted && inScope(people, tree, mention.start)) return mention
  }
  return undefined
}

/** The person's first full name in the rule's scope after `first` (quoted or not). */
function laterFullName(
  people: PeopleAnalysis,
  person: Person,
  tree: NlcstRoot,
  first: Mention
): Mention | undefined {
  for (const index of person.mentions) {
    const mention = people.mentions[index]!
    if (
      mention.start > first.start &&
      (mention.form === 'full' || mention.form === 'title-full') &&
      inScope(people, tree, mention.start)
    ) {
      return mention
    }
  }
  return undefined
}

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
  const reason = `Unexpected ${what} \`${actual}\` on first reference to ${full.name.text}, expected the full name \`${expected[0]}\` (given later, on line ${lineAt(file, full.name.start)})`
  const place = placeOf(file, first.start, first.end)
  const message = withoutStackTrace(() => file.message(reason, {place}))
  message.actual = actual
  message.expected = expected
}
