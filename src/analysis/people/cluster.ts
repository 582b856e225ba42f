/**
 * Clustering: candidate mentions → people. Full names make people (one per given + family
 * name, so "George Bush" and "George W. Bush" are one); a short mention ("Putin", "Dr. Park")
 * joins the one person with that family name, or none when several share it.
 */
import {abbreviation, courtesyTitle, suffix} from './lexicon.js'
import type {Candidate} from './sequences.js'
import {eastAsian} from './sequences.js'
import {titleSynonyms} from './titles.js'
import type {Word} from './tokens.js'
import type {Mention, MentionForm, Person, Span} from './types.js'

/** Where a mention stands: its block kind and whether it is quoted speech. */
export interface Place {
  kind: (offset: number) => Mention['kind']
  quoted: (offset: number) => boolean
}

interface Draft {
  /** Index in the drafts, and of the person made from it. */
  id: number
  key: string
  familyFirst: boolean
  surnames: string[]
  given: string | undefined
  fullName: string | undefined
  fullWords: number
  mentions: number[]
}

/** Name words without suffixes (Jr., III); the name itself when it has none (never changed). */
function core(name: readonly Word[]): readonly Word[] {
  let suffixes = 0
  for (const word of name) if ((word.flags & suffix) !== 0) suffixes++
  if (suffixes === 0 || suffixes === name.length) return name
  return name.filter((word) => (word.flags & suffix) === 0)
}

/** Verbs after a common word that make it a speaker's surname ("Rice said"). */
const speechVerbs: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'speculated'])

function normal(text: string): string {
  return text.toLowerCase().replace(/[-‐‑\s.]/gu, '')
}

export function cluster(
  candidates: readonly Candidate[],
  source: string,
  /** Words of organisation names in the document ("Ford Motor Company"): never a bare surname. */
  organisations: {has(word: string): boolean},
  /** Asked only for the candidates that become mentions: most are not. */
  place: Place
): {mentions: Mention[]; people: Person[]} {
  const drafts: Draft[] = []
  const byKey = new Map<string, Draft>()
  const assigned: Array<Draft | Draft[] | undefined> = []
  const forms: Array<MentionForm | undefined> = []

  // Computed once: every pass below reads the names without their suffixes.
  const cores = candidates.map((candidate) => core(candidate.name))

  // Surnames made certain by a title or a speech verb ("Mr. Kostov", "Kostov said").
  const confirmed = new Set<string>()
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const words = cores[index]!
    if (words.length === 1 && (candidate.title.length > 0 || candidate.person)) {
      confirmed.add(words[0]!.lower)
    }
  }

  // Pass 1: full names.
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const words = cores[index]!
    if (words.length < 2) continue
    const last = words[words.length - 1]!
    const person = candidate.person || confirmed.has(last.lower)
    if (!person) continue
    const familyFirst = eastAsian(words)
    const first = words[0]!
    const key = familyFirst
      ? first.lower +
        '|' +
        normal(
          words
            .slice(1)
            .map((word) => word.text)
            .join('')
        )
      : first.lower + '|' + last.lower
    let draft = byKey.get(key)
    if (!draft) {
      draft = {
        id: drafts.length,
        key,
        familyFirst,
        surnames: familyFirst ? [first.lower, last.lower] : [last.lower],
        given: familyFirst
          ? words
              .slice(1)
              .map((word) => word.text)
              .join(' ')
          : first.text,
        fullName: undefined,
        fullWords: 0,
        mentions: []
      }
      byKey.set(key, draft)
      drafts.push(draft)
    }
    if (words.length > draft.fullWords) {
      draft.fullWords = words.length
      draft.fullName = spanText(source, candidate.name).text
    }
    assigned[index] = draft
    forms[index] = candidate.title.length > 0 ? 'title-full' : 'full'
  }

  const bySurname = new Map<string, Draft[]>()
  const byGiven = new Map<string, Draft[]>()
  for (const draft of drafts) {
    for (const surname of draft.surnames) push(bySurname, surname, draft)
    if (!draft.familyFirst && draft.given) push(byGiven, draft.given.toLowerCase(), draft)
  }

  /** The person a titled surname names when no one named in full has it ("Dr. Park"). */
  const titledDraft = (surname: string): Draft => {
    const key = '~' + surname
    let draft = byKey.get(key)
    if (!draft) {
      draft = {
        id: drafts.length,
        key,
        familyFirst: false,
        surnames: [surname],
        given: undefined,
        fullName: undefined,
        fullWords: 0,
        mentions: []
      }
      byKey.set(key, draft)
      drafts.push(draft)
      push(bySurname, surname, draft)
    }
    return draft
  }

  // Pass 2: short mentions.
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    if (assigned[index]) continue
    const words = cores[index]!
    if (words.length !== 1) continue
    const word = words[0]!
    const matches = bySurname.get(word.lower)
    if (candidate.title.length > 0) {
      assigned[index] = matches ? oneOf(matches) : titledDraft(word.lower)
      forms[index] = 'title-surname'
      continue
    }
    // Only the surname or given name of someone named in full can be a mention: most words are
    // neither, and the words around them are not read for them.
    const given = matches ? undefined : byGiven.get(word.lower)
    const target = matches ? oneOf(matches) : given?.length === 1 ? given[0] : undefined
    if (!target) continue
    if (candidate.commonWord && !word.possessive && !candidate.person) {
      const next = candidate.next?.lower
      if (next === undefined || !speechVerbs.has(next)) continue
    }
    if (attributive(candidate) || organisations.has(word.lower)) continue
    assigned[index] = target
    forms[index] = matches ? 'surname' : 'given'
  }

  const mentions: Mention[] = []
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const target = assigned[index]
    const form = forms[index]
    if (!target || !form) continue
    const single = Array.isArray(target) ? undefined : target
    const mentionIndex = mentions.length
    if (single) single.mentions.push(mentionIndex)
    const nameWords = candidate.name
    const name = spanText(source, nameWords)
    const titleSpan = candidate.title.length > 0 ? spanText(source, candidate.title) : undefined
    // Not `title[-1]`: a negative index is a property name, and the look-up then turns slow.
    const head = titleSpan ? candidate.title[candidate.title.length - 1] : undefined
    mentions.push({
      start: titleSpan?.start ?? name.start,
      end: name.end,
      form,
      name,
      words: nameWords.map((word) => word.text),
      // The head is a title word, so its bits are all there (see `Classify`).
      title:
        titleSpan && head
          ? {
              start: titleSpan.start,
              end: titleSpan.end,
              text: titleSpan.text,
              kind: (head.flags & courtesyTitle) !== 0 ? 'courtesy' : 'formal',
              head: (head.flags & abbreviation) !== 0 ? titleSynonyms.get(head.lower)! : head.lower
            }
          : undefined,
      descriptor:
        candidate.descriptor.length > 0 ? spanText(source, candidate.descriptor) : undefined,
      kind: place.kind(nameWords[0]!.start),
      quoted: place.quoted(nameWords[0]!.start),
      person: single ? single.id : undefined,
      candidates: Array.isArray(target) ? target.map((draft) => draft.id) : []
    })
  }

  const people: Person[] = drafts.map((draft) => {
    // A family-name-first name is shortened to its family name unless the text uses the last word.
    let surname = draft.surnames[0]!
    if (draft.familyFirst) {
      const used = draft.mentions
        .map((index) => mentions[index]!)
        .filter((mention) => mention.form === 'surname' || mention.form === 'title-surname')
        .map((mention) => mention.name.text.toLowerCase())
      if (used.length > 0 && used.every((text) => text === draft.surnames[1])) {
        surname = draft.surnames[1]!
      }
    }
    const written = draft.mentions
      .map((index) => mentions[index]!)
      .find((mention) => mention.name.text.toLowerCase() === surname)
    return {
      fullName: draft.fullName,
      surname: written?.name.text ?? capitalise(surname),
      given: draft.given,
      familyFirst: draft.familyFirst && surname === draft.surnames[0],
      mentions: draft.mentions,
      sharesSurname: draft.surnames.some((name) => (bySurname.get(name)?.length ?? 0) > 1)
    }
  })
  return {mentions, people}
}

/** Nouns a bare surname modifies when it names a group or an era, not the person ("the Howard government"). */
const groupNouns: ReadonlySet<string> = new Set([
  'government',
  'administration',
  'family',
  'cabinet',
  'campaign',
  'campaigns',
  'staff',
  'staffers',
  'policies',
  'policy',
  'era',
  'years',
  'name',
  'group',
  'sisters',
  'brothers',
  'doctrine',
  'camp',
  'supporters',
  'aides',
  'team',
  'presidency',
  'regime',
  'estate',
  'foundation',
  'trial',
  'case',
  'affair',
  'report',
  'plan'
])

/** Whether a one-word mention is a surname used as a modifier or a name with an article ("the Forbes name"). */
function attributive(candidate: Candidate): boolean {
  // "the Forbes name", "known as Zanon": a thing named after the person.
  if (candidate.previous?.lower === 'the' || candidate.previous?.lower === 'as') return true
  const word = candidate.name[candidate.name.length - 1]!
  return !word.possessive && word.after === '' && groupNouns.has(candidate.next?.lower ?? '')
}

/** The one draft of a list, or the list when several share a name. */
function oneOf(drafts: Draft[]): Draft | Draft[] {
  return drafts.length === 1 ? drafts[0]! : drafts
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) {
    if (!list.includes(value)) list.push(value)
  } else map.set(key, [value])
}

function spanText(source: string, words: readonly Word[]): Span {
  const start = words[0]!.start
  const end = words[words.length - 1]!.end
  return {start, end, text: source.slice(start, end)}
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
