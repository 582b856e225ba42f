/**
 * Capitalised name sequences of a sentence, split into descriptor, title and name:
 * "U.S. State Department Principal Deputy Spokesperson Vedant Patel" →
 * descriptor "U.S. State Department", title "Principal Deputy Spokesperson", name "Vedant Patel".
 *
 * Words are addressed by their index in the sentence, and arrays are made only for what is
 * kept: this runs for every capitalised word of every article.
 */
import * as lexicon from './lexicon.js'
import type {Word} from './tokens.js'

export type {TitleLexicon} from './lexicon.js'
export {defaultTitles} from './lexicon.js'

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

/** What `scanSentence` finds, added to by each sentence. */
export interface Scan {
  candidates: Candidate[]
  titleUses: TitleCandidate[]
  /** Words of organisation names. */
  organisations: Word[]
}

const acronymPattern = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u

/** All capitals ("NATO") or initials ("U.S."). */
function isAcronym(text: string): boolean {
  // Both forms have a capital or a dot second: a lower-case second letter settles most words.
  const second = text.charCodeAt(1)
  if (second >= 0x61 && second <= 0x7a) return false
  return acronymPattern.test(text)
}

/** Whether `text` holds a digit (a loop: a regular expression costs more here). */
function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x30 && code <= 0x39) return true
  }
  return false
}

const initialPattern = /^\p{Lu}\.$/u

/** One capital and a dot ("W."). */
function isInitial(text: string): boolean {
  return text.length <= 3 && text.endsWith('.') && initialPattern.test(text)
}

function has(word: Word, bits: number): boolean {
  return (word.flags & bits) !== 0
}

/**
 * Split a sentence (its words from `sentencesOf`) into runs of capitalised words (plus
 * particles and title words inside), and add what they name to `scan`. The titles are those
 * of the lexicon the words were classified with.
 */
export function scanSentence(words: readonly Word[], scan: Scan): void {
  let index = 0
  while (index < words.length) {
    const word = words[index]!
    if (!word.capital && !has(word, lexicon.titleWord)) {
      index++
      continue
    }
    const end = takeRun(words, index)
    if (end === index) {
      index++
      continue
    }
    // Not `words[-1]`: a negative index is a property name, and the look-up then turns slow.
    const previous = index > 0 ? words[index - 1] : undefined
    const next = words[end]
    const before = scan.candidates.length
    read(words, index, end, previous, next, scan)
    const person =
      scan.candidates.length > before && scan.candidates[scan.candidates.length - 1]!.person
    // "Ford Motor Company": the words up to the organisation word name it (not "Parliament Galloway").
    let last = end - 1
    while (last >= index && !has(words[last]!, lexicon.organisation)) last--
    if (!person && last > index) {
      for (let at = index; at <= last; at++) scan.organisations.push(words[at]!)
    }
    index = end
  }
}

/**
 * The end (exclusive) of the run starting at `index`: capitalised words, with lower-case title
 * words and particles that lead into one; `index` when there is no run.
 */
function takeRun(words: readonly Word[], index: number): number {
  let end = index
  let firstCapital = -1
  for (let at = index; at < words.length; at++) {
    const word = words[at]!
    if (at > index) {
      const before = words[at - 1]!
      if (!word.joined || before.possessive || before.after !== '') break
    }
    if (word.capital) {
      end = at + 1
      if (firstCapital < 0) firstCapital = at
      continue
    }
    const titleLike = has(word, lexicon.titleWord)
    const particle = has(word, lexicon.particle) && end > index
    if (!titleLike && !particle) break
  }
  if (end === index) return index
  // Lower-case words before the first capital stay only when they end in a title ("president Yoon").
  if (firstCapital > index) {
    if (!has(words[firstCapital - 1]!, lexicon.title)) return index
    for (let at = index; at < firstCapital; at++) {
      if (!has(words[at]!, lexicon.titleWord)) return index
    }
  }
  return end
}

/** Read the run `words[runStart, runEnd)`. */
function read(
  words: readonly Word[],
  runStart: number,
  runEnd: number,
  before: Word | undefined,
  next: Word | undefined,
  scan: Scan
): void {
  let start = runStart
  // A sentence's first word is capitalised anyway: leave out function and common words.
  while (
    start < runEnd &&
    words[start]!.initial &&
    droppableInitial(words[start]!, runEnd - start)
  ) {
    start++
  }
  while (start < runEnd && has(words[start]!, lexicon.sentenceWord)) start++
  // "Officially Harry": an adverb opening the sentence.
  if (runEnd - start > 1 && words[start]!.initial && words[start]!.lower.endsWith('ly')) start++
  if (start === runEnd) return

  // The name: the longest tail of the run with no title, descriptor or organisation word.
  let nameStart = runEnd
  while (nameStart > start) {
    const word = words[nameStart - 1]!
    const head = nameStart - 1 === start
    if (
      has(word, lexicon.title) &&
      (!has(word, lexicon.ambiguousTitle) ||
        head ||
        has(words[nameStart - 2]!, lexicon.titleWord | lexicon.descriptor))
    )
      break
    if (!word.capital && !has(word, lexicon.particle)) break
    if (isAcronym(word.text)) break
    if (
      has(word, lexicon.modifier | lexicon.descriptor | lexicon.organisation | lexicon.place) &&
      !has(word, lexicon.given | lexicon.familyFirst)
    )
      break
    nameStart--
  }
  // A particle cannot start a name.
  while (nameStart < runEnd && !words[nameStart]!.capital) nameStart++
  // "Councilwoman Donna Frye": an unknown title before a given name and a surname.
  if (
    runEnd - nameStart >= 3 &&
    !has(words[nameStart]!, lexicon.given) &&
    !eastAsianAt(words, nameStart, runEnd)
  ) {
    for (let at = nameStart + 1; at < runEnd - 1; at++) {
      if (has(words[at]!, lexicon.given)) {
        nameStart = at
        break
      }
    }
  }
  let titleStart = nameStart
  if (titleStart > start && has(words[titleStart - 1]!, lexicon.title)) {
    while (titleStart > start && has(words[titleStart - 1]!, lexicon.titleWord)) titleStart--
  }
  const outside = start === runStart ? before : words[start - 1]
  const previous = titleStart > start ? words[titleStart - 1] : outside

  if (titleStart < nameStart && has(words[nameStart - 1]!, lexicon.formal)) {
    let lowered = false
    for (let at = titleStart; at < nameStart; at++) if (!words[at]!.capital) lowered = true
    if (nameStart < runEnd && lowered) {
      scan.titleUses.push({words: words.slice(titleStart, nameStart), beforeName: true, previous})
    }
    if (nameStart === runEnd && next?.lower !== 'of' && next?.lower !== 'for') {
      scan.titleUses.push({words: words.slice(titleStart, nameStart), beforeName: false, previous})
    }
  }
  const length = runEnd - nameStart
  if (length === 0) return
  if (length > 4) {
    let suffixes = 0
    for (let at = nameStart; at < runEnd; at++) if (has(words[at]!, lexicon.suffix)) suffixes++
    if (length > 4 + suffixes) return
  }
  if (!plausibleName(words, nameStart, runEnd)) return

  const first = words[nameStart]!
  const last = words[runEnd - 1]!
  const titled = titleStart < nameStart
  const person =
    titled ||
    (length > 1 &&
      ((has(first, lexicon.given) && plausibleMiddle(words, nameStart, runEnd)) ||
        eastAsianAt(words, nameStart, runEnd) ||
        (next?.lower === 'who' && last.after === ',')))
  const commonWord = length === 1 && !titled && first.initial && lexicon.isFamiliar(first.lower)
  scan.candidates.push({
    name: words.slice(nameStart, runEnd),
    title: words.slice(titleStart, nameStart),
    descriptor: words.slice(start, titleStart),
    person,
    commonWord,
    next,
    previous: nameStart > start ? words[nameStart - 1] : outside
  })
}

function droppableInitial(word: Word, length: number): boolean {
  if (has(word, lexicon.sentenceWord)) return true
  if (length === 1) return false
  return (
    !has(word, lexicon.given | lexicon.familyFirst | lexicon.defaultTitleWord) &&
    lexicon.isFamiliar(word.lower)
  )
}

/** Whether the name words can be a person's: no acronyms, places, dates or organisations. */
function plausibleName(words: readonly Word[], start: number, end: number): boolean {
  // "Hong Kong": two family names that are a place together.
  let allPlaces = true
  for (let at = start; at < end; at++) if (!has(words[at]!, lexicon.place)) allPlaces = false
  if (allPlaces) return false
  const several = end - start > 1
  for (let at = start; at < end; at++) {
    const word = words[at]!
    if (isAcronym(word.text) || hasDigit(word.text) || word.text.length < 2) return false
    if (has(word, lexicon.familyFirst) || (at === start && several && has(word, lexicon.given)))
      continue
    if (has(word, lexicon.place | lexicon.organisation | lexicon.descriptor)) return false
    if (!several && has(word, lexicon.date)) return false
  }
  return true
}

/** "George W. Bush", "Mary Jane Smith": the middle of a three-word name is an initial or a given name ("Mario Kart Wii" is a game). */
function plausibleMiddle(words: readonly Word[], start: number, end: number): boolean {
  for (let at = start + 1; at < end - 1; at++) {
    const word = words[at]!
    if (!isInitial(word.text) && !has(word, lexicon.given | lexicon.particle | lexicon.suffix)) {
      return false
    }
  }
  return true
}

const givenSyllables = /^\p{Lu}\p{Ll}{0,7}(?:-\p{L}\p{Ll}{0,4})?$/u

/** `eastAsian` for `words[start, end)`. */
function eastAsianAt(words: readonly Word[], start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3) return false
  if (!has(words[start]!, lexicon.familyFirst)) return false
  for (let at = start + 1; at < end; at++) if (!givenSyllables.test(words[at]!.text)) return false
  return true
}

/** Family name first, then one or two given-name syllables ("Park Won Gon", "Kim Jong-un", "Xi Jinping"). */
export function eastAsian(name: readonly Word[]): boolean {
  return eastAsianAt(name, 0, name.length)
}
