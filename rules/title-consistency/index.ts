import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {inScope, peopleFor} from '../../src/analysis/people/index.js'
import {lineAt, placeOf} from '../../src/analysis/place.js'
import type {Mention, PeopleAnalysis, Person, TitleUse} from '../../src/analysis/people/index.js'
import {descriptorWords} from '../../src/analysis/people/not-people.js'
import {honorifics} from '../../src/analysis/people/titles.js'
import {defineRule, withoutStackTrace} from '../../src/rule.js'
import {capitalisedTitles, leadIns, lowerWithoutName} from './lexicon.js'

export interface TitleConsistencyOptions {
  style: 'consistent' | 'ap' | 'courtesy'
  titles: string[]
  repeatedFullName: boolean
  lowercaseBeforeName: boolean
  capitalisedWithoutName: boolean
}

/**
 * `title-consistency`: after the first reference, a person is named in a form that disagrees
 * with how the article names them elsewhere ("Dr. Park" … "Professor Park"; "Mr. Kim" …
 * "Kim"), or, with a house style chosen, in a form that style does not allow ("Mr. Kim"
 * under AP; the full name again), and formal titles are capitalised right before a name
 * only. Body prose only; quoted speech is never reported.
 */
export const titleConsistency = defineRule<TitleConsistencyOptions>(
  {
    id: 'title-consistency',
    description: 'A person is referred to in one short form after the first reference',
    defaultSeverity: 'warn',
    scope: 'body',
    analyses: ['people'],
    options: {
      style: {
        type: 'string',
        description:
          'House style: `consistent` (none imposed: later references agree with each other), `ap` (surname alone later) or `courtesy` (Mr./Ms. Surname)',
        default: 'consistent',
        enum: ['consistent', 'ap', 'courtesy']
      },
      titles: {type: 'string[]', description: 'Extra titles that stand before names', default: []},
      repeatedFullName: {
        type: 'boolean',
        description: 'Report the full name repeated after the first reference (off: too noisy)',
        default: false
      },
      lowercaseBeforeName: {
        type: 'boolean',
        description: 'Report a formal title in lower case right before a name',
        default: true
      },
      capitalisedWithoutName: {
        type: 'boolean',
        description: 'Report a formal title capitalised without a name (off: too noisy)',
        default: false
      }
    }
  },
  function (tree, file, options) {
    const analysis = peopleFor(tree, file, options.titles)
    const source = String(file)
    for (const person of analysis.people) checkPerson(file, source, analysis, person, tree, options)
    for (const use of analysis.titles) {
      if (!use.quoted && inScope(analysis, tree, use.start)) checkTitle(file, source, use, options)
    }
  }
)

function checkPerson(
  file: VFile,
  source: string,
  analysis: PeopleAnalysis,
  person: Person,
  tree: NlcstRoot,
  options: TitleConsistencyOptions
): void {
  // No house style: only two later short references or more can disagree (`checkAgreement`).
  if (options.style === 'consistent' && (person.sharesSurname || person.mentions.length < 3)) {
    return
  }
  const mentions: Mention[] = []
  for (const index of person.mentions) {
    const mention = analysis.mentions[index]!
    if (!mention.quoted && inScope(analysis, tree, mention.start)) mentions.push(mention)
  }
  const first = mentions[0]
  if (!first) return
  // Only a finding needs the line: finding it builds the file's line index.
  const where = (): string => `first reference on line ${lineAt(file, first.start)}`
  const name = person.fullName ?? person.surname
  if (options.style === 'consistent') {
    checkAgreement(file, source, person, mentions.slice(1), name, where)
    return
  }
  const courtesy = mentions.find((mention) => mention.title?.kind === 'courtesy')?.title
  let usedTitle = first.title?.kind === 'courtesy' ? first.title : undefined
  for (const mention of mentions.slice(1)) {
    const actual = source.slice(mention.start, mention.end)
    const title = mention.title
    if (mention.form === 'title-surname' && title?.kind === 'courtesy') {
      if (options.style === 'ap') {
        report(
          file,
          mention,
          actual,
          [mention.name.text],
          `Unexpected courtesy title in \`${actual}\`, expected \`${mention.name.text}\` after the first reference to ${name} (AP style; ${where()})`
        )
        continue
      }
      if (usedTitle && usedTitle.head !== title.head) {
        reportDisagreement(
          file,
          mention,
          actual,
          usedTitle.text + ' ' + mention.name.text,
          name,
          where
        )
        continue
      }
      usedTitle ??= title
      continue
    }
    if (
      mention.form === 'surname' &&
      options.style === 'courtesy' &&
      courtesy &&
      honorifics.has(courtesy.text.toLowerCase())
    ) {
      const expected = courtesy.text + ' ' + mention.name.text
      report(
        file,
        mention,
        actual,
        [expected],
        `Unexpected bare surname \`${actual}\`, expected \`${expected}\` after the first reference to ${name} (courtesy style; ${where()})`
      )
      continue
    }
    if (mention.form === 'full' && options.repeatedFullName && !person.sharesSurname) {
      const short =
        options.style === 'courtesy' && courtesy
          ? courtesy.text + ' ' + person.surname
          : person.surname
      report(
        file,
        mention,
        actual,
        [short],
        `Unexpected full name \`${actual}\` repeated after the first reference to ${name}, expected \`${short}\` (${where()})`
      )
    }
  }
}

/** Courtesy titles that say the person is a man, or a woman (`mr.` … `mrs.` is two people). */
const male: ReadonlySet<string> = new Set(['mr.'])
const female: ReadonlySet<string> = new Set(['mrs.', 'ms.', 'miss'])

/**
 * No house style: the later short references of one person (bare surname, courtesy title +
 * surname) should all take one form. The forms used less often are reported, expected the
 * most frequent form (a tie goes to the form used first after the introduction). Formal
 * titles ("President Yoon" … "Yoon") and repeated full names are not compared.
 */
function checkAgreement(
  file: VFile,
  source: string,
  person: Person,
  later: Mention[],
  name: string,
  where: () => string
): void {
  if (person.sharesSurname) return
  const groups = new Map<string, Mention[]>()
  for (const mention of later) {
    let key: string
    if (mention.form === 'surname') {
      // "P.C. Gupta": initials, not a bare surname (a title cannot go in front of "Gupta").
      if (/\p{Lu}\.\s*$/u.test(source.slice(Math.max(0, mention.start - 3), mention.start)))
        continue
      key = ''
    } else if (mention.form === 'title-surname' && mention.title?.kind === 'courtesy')
      key = mention.title.head
    else continue
    const group = groups.get(key)
    if (group) group.push(mention)
    else groups.set(key, [mention])
  }
  if (groups.size < 2) return
  const keys = [...groups.keys()]
  // "Mr. Kim" and "Mrs. Kim": two people the analysis merged, not one named two ways.
  if (keys.some((key) => male.has(key)) && keys.some((key) => female.has(key))) return
  let best = keys[0]!
  for (const key of keys) if (groups.get(key)!.length > groups.get(best)!.length) best = key
  const model = groups.get(best)![0]!
  for (const [key, group] of groups) {
    if (key === best) continue
    for (const mention of group) {
      const actual = source.slice(mention.start, mention.end)
      const expected = best === '' ? mention.name.text : model.title!.text + ' ' + mention.name.text
      reportDisagreement(file, mention, actual, expected, name, where)
    }
  }
}

function checkTitle(
  file: VFile,
  source: string,
  use: TitleUse,
  options: TitleConsistencyOptions
): void {
  // What the options and the use tell alone, before the title is split into words.
  if (
    use.beforeName
      ? !options.lowercaseBeforeName || use.capitalised
      : !options.capitalisedWithoutName || use.sentenceInitial
  ) {
    return
  }
  const words = use.text.split(/\s+/)
  const head = words[words.length - 1]!.toLowerCase()
  if (use.beforeName) {
    if (!options.lowercaseBeforeName || use.capitalised || !capitalisedTitles.has(head)) return
    // "press secretary Tony Snow": a job description, lower case in AP style.
    if (words.some((word) => word.toLowerCase() === 'press')) return
    if (use.previous !== undefined && !leadIns.has(use.previous)) {
      if (!use.previousInRun || !descriptorWords.has(use.previous)) return
    }
    const expected = words.map(capitalise).join(' ')
    report(
      file,
      use,
      use.text,
      [expected],
      `Unexpected lower-case title \`${use.text}\` before a name, expected \`${expected}\``
    )
    return
  }
  if (!options.capitalisedWithoutName || !lowerWithoutName.has(head) || use.sentenceInitial) return
  if (!words.every((word) => /^\p{Lu}/u.test(word))) return
  const expected = words.map((word) => word.toLowerCase()).join(' ')
  report(
    file,
    use,
    use.text,
    [expected],
    `Unexpected capitalised title \`${use.text}\` without a name, expected \`${expected}\``
  )
}

function report(
  file: VFile,
  span: Pick<Mention, 'start' | 'end'>,
  actual: string,
  expected: string[],
  reason: string
): void {
  const place = placeOf(file, span.start, span.end)
  const message = withoutStackTrace(() => file.message(reason, {place}))
  message.actual = actual
  message.expected = expected
}

/** A later reference that differs from how the article names the person elsewhere. */
function reportDisagreement(
  file: VFile,
  mention: Pick<Mention, 'start' | 'end'>,
  actual: string,
  expected: string,
  name: string,
  where: () => string
): void {
  report(
    file,
    mention,
    actual,
    [expected],
    `Unexpected \`${actual}\`, expected \`${expected}\` as elsewhere for ${name} (${where()})`
  )
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
