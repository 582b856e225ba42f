/**
 * Capitalised name sequences of a sentence, split into descriptor, title and name:
 * "U.S. State Department Principal Deputy Spokesperson Vedant Patel" →
 * descriptor "U.S. State Department", title "Principal Deputy Spokesperson", name "Vedant Patel".
 */
import {daleChall} from 'dale-chall'
import {familyNamesFirst, givenNames, nameParticles, nameSuffixes} from './names.js'
import {
  dateWords,
  descriptorWords,
  organisationWords,
  placeWords,
  sentenceWords
} from './not-people.js'
import {ambiguousTitles, courtesyTitles, formalTitles, titleModifiers} from './titles.js'
import type {Word} from './tokens.js'

/** The titles in use: the built-in lists plus any a rule's options add (lower case). */
export interface TitleLexicon {
  courtesy: ReadonlySet<string>
  formal: ReadonlySet<string>
}

export const defaultTitles: TitleLexicon = {courtesy: courtesyTitles, formal: formalTitles}

/** A candidate mention before clustering. */
export interface Candidate {
  name: Word[]
  title: Word[]
  descriptor: Word[]
  /** The name is a person's full name on the evidence of the sentence alone. */
  person: boolean
  /** A one-word name at the start of a sentence that is also a common word ("Rice", "Young"). */
  commonWord: boolean
  /** The word after the sequence. */
  next: Word | undefined
  /** The word before the name (a title word, or the word before the sequence). */
  previous: Word | undefined
}

/** A formal title written without a name after it, or in lower case before one. */
export interface TitleCandidate {
  words: Word[]
  beforeName: boolean
  /** The word before the title (in the run or before it), if any. */
  previous: Word | undefined
}

let familiar: ReadonlySet<string> | undefined

function isFamiliar(lower: string): boolean {
  familiar ??= new Set(daleChall)
  return familiar.has(lower)
}

const acronym = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u

function isCapitalised(word: Word): boolean {
  return word.capital
}

/** A lexicon's word lists merged, so that each test is one lookup. */
interface Merged {
  /** Courtesy and formal titles. */
  titles: ReadonlySet<string>
  /** Titles and title modifiers. */
  titleWords: ReadonlySet<string>
  /** Title words and name particles: the lower-case words a run of names can hold. */
  links: ReadonlySet<string>
}

const mergedLists = new WeakMap<TitleLexicon, Merged>()

function merged(titles: TitleLexicon): Merged {
  let lists = mergedLists.get(titles)
  if (!lists) {
    const both = new Set([...titles.courtesy, ...titles.formal])
    const titleWords = new Set([...both, ...titleModifiers])
    lists = {titles: both, titleWords, links: new Set([...titleWords, ...nameParticles])}
    mergedLists.set(titles, lists)
  }
  return lists
}

function isTitle(lower: string, titles: TitleLexicon): boolean {
  return merged(titles).titles.has(lower)
}

function isTitleWord(lower: string, titles: TitleLexicon): boolean {
  return merged(titles).titleWords.has(lower)
}

/** Whether a lower-case word can lead into a run of names or sit inside one (`sentencesOf`). */
export function linksNames(titles: TitleLexicon): (lower: string) => boolean {
  const links = merged(titles).links
  return (lower) => links.has(lower)
}

/** Split a sentence into runs of capitalised words (plus particles and title words inside). */
export function scanSentence(
  words: readonly Word[],
  titles: TitleLexicon
): {candidates: Candidate[]; titleUses: TitleCandidate[]; organisations: string[]} {
  const candidates: Candidate[] = []
  const titleUses: TitleCandidate[] = []
  const organisations: string[] = []
  let index = 0
  while (index < words.length) {
    const word = words[index]!
    if (!word.capital && !isTitleWord(word.lower, titles)) {
      index++
      continue
    }
    const run = takeRun(words, index, titles)
    if (run.length === 0) {
      index++
      continue
    }
    const previous = words[index - 1]
    index += run.length
    const next = words[index]
    const before = candidates.length
    read(run, previous, next, titles, candidates, titleUses)
    const person = candidates.length > before && candidates[candidates.length - 1]!.person
    // "Ford Motor Company": the words up to the organisation word name it (not "Parliament Galloway").
    let last = run.length - 1
    while (last >= 0 && !organisationWords.has(run[last]!.lower)) last--
    if (!person && last > 0) {
      for (const word of run.slice(0, last + 1)) organisations.push(word.lower)
    }
  }
  return {candidates, titleUses, organisations}
}

/** The run starting at `index`: capitalised words, with lower-case title words and particles that lead into one. */
function takeRun(words: readonly Word[], index: number, titles: TitleLexicon): Word[] {
  const run: Word[] = []
  let pending: Word[] = []
  for (let at = index; at < words.length; at++) {
    const word = words[at]!
    if (at > index && (!word.joined || words[at - 1]!.possessive || words[at - 1]!.after !== ''))
      break
    if (isCapitalised(word)) {
      run.push(...pending, word)
      pending = []
      continue
    }
    const lower = word.lower
    const titleLike = isTitleWord(lower, titles)
    const particle = nameParticles.has(lower) && run.length > 0
    if (!titleLike && !particle) break
    pending.push(word)
  }
  if (run.length === 0) return []
  // Lower-case words before the first capital stay only when they end in a title ("president Yoon").
  const firstCapital = run.findIndex(isCapitalised)
  if (firstCapital > 0) {
    const lead = run.slice(0, firstCapital)
    const last = lead[lead.length - 1]!
    if (!isTitle(last.lower, titles) || !lead.every((word) => isTitleWord(word.lower, titles))) {
      return []
    }
  }
  return run
}

function read(
  run: Word[],
  before: Word | undefined,
  next: Word | undefined,
  titles: TitleLexicon,
  candidates: Candidate[],
  titleUses: TitleCandidate[]
): void {
  let words = run
  // A sentence's first word is capitalised anyway: leave out function and common words.
  while (words.length > 0 && words[0]!.initial && droppableInitial(words[0]!, words.length)) {
    words = words.slice(1)
  }
  while (words.length > 0 && sentenceWords.has(words[0]!.lower)) words = words.slice(1)
  // "Officially Harry": an adverb opening the sentence.
  if (words.length > 1 && words[0]!.initial && words[0]!.lower.endsWith('ly'))
    words = words.slice(1)
  if (words.length === 0) return

  // The name: the longest tail of the run with no title, descriptor or organisation word.
  let nameStart = words.length
  while (nameStart > 0) {
    const word = words[nameStart - 1]!
    const lower = word.lower
    const head = nameStart - 1 === 0
    if (
      isTitle(lower, titles) &&
      (!ambiguousTitles.has(lower) ||
        head ||
        isTitleWord(words[nameStart - 2]!.lower, titles) ||
        descriptorWords.has(words[nameStart - 2]!.lower))
    )
      break
    if (!isCapitalised(word) && !nameParticles.has(lower)) break
    if (acronym.test(word.text)) break
    if (stopsName(lower) && !givenNames.has(lower) && !familyNamesFirst.has(lower)) break
    nameStart--
  }
  // A particle cannot start a name.
  while (nameStart < words.length && !isCapitalised(words[nameStart]!)) nameStart++
  // "Councilwoman Donna Frye": an unknown title before a given name and a surname.
  if (
    words.length - nameStart >= 3 &&
    !givenNames.has(words[nameStart]!.lower) &&
    !eastAsian(words.slice(nameStart))
  ) {
    for (let at = nameStart + 1; at < words.length - 1; at++) {
      if (givenNames.has(words[at]!.lower)) {
        nameStart = at
        break
      }
    }
  }
  const name = words.slice(nameStart)
  const prefix = words.slice(0, nameStart)
  let titleStart = prefix.length
  if (titleStart > 0 && isTitle(prefix[titleStart - 1]!.lower, titles)) {
    while (titleStart > 0 && isTitleWord(prefix[titleStart - 1]!.lower, titles)) titleStart--
  }
  const title = prefix.slice(titleStart)
  const descriptor = prefix.slice(0, titleStart)
  const outside = words.length === run.length ? before : run[run.length - words.length - 1]
  const previous = descriptor[descriptor.length - 1] ?? outside

  if (title.length > 0 && isFormalPhrase(title, titles)) {
    const lowered = title.some((word) => !isCapitalised(word))
    if (name.length > 0 && lowered) titleUses.push({words: title, beforeName: true, previous})
    if (name.length === 0 && next?.lower !== 'of' && next?.lower !== 'for') {
      titleUses.push({words: title, beforeName: false, previous})
    }
  }
  if (name.length === 0) return
  if (name.length > 4 + name.filter((word) => nameSuffixes.has(word.lower)).length) return
  if (!plausibleName(name)) return

  const first = name[0]!.lower
  const person =
    title.length > 0 ||
    (name.length > 1 &&
      ((givenNames.has(first) && plausibleMiddle(name)) ||
        eastAsian(name) ||
        (next?.lower === 'who' && name[name.length - 1]!.after === ',')))
  const commonWord =
    name.length === 1 && title.length === 0 && name[0]!.initial && isFamiliar(first)
  candidates.push({
    name,
    title,
    descriptor,
    person,
    commonWord,
    next,
    previous: prefix[prefix.length - 1] ?? outside
  })
}

function droppableInitial(word: Word, length: number): boolean {
  const lower = word.lower
  if (sentenceWords.has(lower)) return true
  if (length === 1) return false
  return (
    isFamiliar(lower) &&
    !givenNames.has(lower) &&
    !familyNamesFirst.has(lower) &&
    !isTitleWord(lower, defaultTitles)
  )
}

function stopsName(lower: string): boolean {
  return (
    titleModifiers.has(lower) ||
    descriptorWords.has(lower) ||
    organisationWords.has(lower) ||
    placeWords.has(lower)
  )
}

/** Whether the name words can be a person's: no acronyms, places, dates or organisations. */
function plausibleName(name: readonly Word[]): boolean {
  // "Hong Kong": two family names that are a place together.
  if (name.every((word) => placeWords.has(word.lower))) return false
  for (const [index, word] of name.entries()) {
    if (acronym.test(word.text) || /\d/.test(word.text) || word.text.length < 2) return false
    const lower = word.lower
    const firstOfSeveral = index === 0 && name.length > 1
    if (familyNamesFirst.has(lower) || (firstOfSeveral && givenNames.has(lower))) continue
    if (placeWords.has(lower) || organisationWords.has(lower) || descriptorWords.has(lower))
      return false
    if (name.length === 1 && dateWords.has(lower)) return false
  }
  return true
}

/** "George W. Bush", "Mary Jane Smith": the middle of a three-word name is an initial or a given name ("Mario Kart Wii" is a game). */
function plausibleMiddle(name: readonly Word[]): boolean {
  return name
    .slice(1, -1)
    .every(
      (word) =>
        /^\p{Lu}\.$/u.test(word.text) ||
        givenNames.has(word.lower) ||
        nameParticles.has(word.lower) ||
        nameSuffixes.has(word.lower)
    )
}

function isFormalPhrase(title: readonly Word[], titles: TitleLexicon): boolean {
  return titles.formal.has(title[title.length - 1]!.lower)
}

/** Family name first, then one or two given-name syllables ("Park Won Gon", "Kim Jong-un", "Xi Jinping"). */
export function eastAsian(name: readonly Word[]): boolean {
  if (name.length < 2 || name.length > 3) return false
  if (!familyNamesFirst.has(name[0]!.lower)) return false
  return name.slice(1).every((word) => /^\p{Lu}\p{Ll}{0,7}(?:-\p{L}\p{Ll}{0,4})?$/u.test(word.text))
}
