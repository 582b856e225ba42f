/**
 * Text signals of page chrome and article furniture, from the word lists in `lexicon.ts`.
 * Every pattern is compiled once, anchored or made of literal alternatives, so each test is
 * linear in the (short) block it looks at.
 */
import type {Features} from './features.js'
import {isUpper} from './features.js'
import {
  bylineOpeners,
  counterLabels,
  footerPhrases,
  linkListHeadings,
  dateWords,
  months,
  nameParticles,
  navigationPhrases,
  navigationWords,
  relatedHeadings,
  widgetWords
} from './lexicon.js'

/** Lowercase words separated by single spaces; `[DEBATE]`-style tags and punctuation dropped. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const startsWith = (phrases: readonly string[]) =>
  new RegExp('^(?:' + phrases.map(normalize).join('|') + ')(?: |$)')
const contains = (phrases: readonly string[]) =>
  new RegExp('(?:^| )(?:' + phrases.map(normalize).join('|') + ')(?: |$)')

const relatedHeading = startsWith(relatedHeadings)
const linkListHeading = startsWith(linkListHeadings)
const navigationPhrase = contains(navigationPhrases)
const navigationWord: ReadonlySet<string> = new Set(navigationWords.map(normalize))
const widgetWord: ReadonlySet<string> = new Set(widgetWords.map(normalize))
const counter = new RegExp('^(?:(?:' + counterLabels.join('|') + ') ?)?\\d+(?: \\d+)*[km]?$')
const footerPhrase = contains(footerPhrases)
const byline = new RegExp('^(?:' + bylineOpeners.join('|') + ')\\s+', 'i')
const particle: ReadonlySet<string> = new Set(nameParticles)
/** A capitalized name or initial: "Kim", "O'Neil", "Jean-Paul", "J."; no quotes or marks. */
const nameWord = /^\p{L}(?:[\p{L}'’-]*\p{L})?(?:\.|,)?$/u
const monthWord: ReadonlySet<string> = new Set(months)
const dateWord: ReadonlySet<string> = new Set(dateWords)
const number = /^\d+$/
const numericDate = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b\d{1,2}:\d{2}\b/
const copyright = /\bcopyright\s*(?:©|\(c\)|\d{4})|\(c\)\s*\d{4}/i
const email = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$/u
const separators: ReadonlySet<string> = new Set(['|', '•', '·', '»', '/', '›'])

/** A heading of a link list ("Popular Now", "[DEBATE] Latest Stories", "Related stories."). */
export function linkListKind(
  text: string,
  features: Features
): 'related' | 'link-list' | undefined {
  if (features.words === 0 || features.words > 6 || features.stops > 1) return undefined
  const value = normalize(text)
  if (relatedHeading.test(value)) return 'related'
  if (linkListHeading.test(value)) return 'link-list'
  return undefined
}

/** A button label or counter: "Share", "Comments0", "300". */
export function isWidget(text: string, features: Features): boolean {
  if (features.words === 0 || features.words > 4) return false
  const value = normalize(text)
  return widgetWord.has(value) || counter.test(value)
}

/** A footer line: e-mail address, copyright, legal and newsletter links. */
export function isFooter(text: string, features: Features): boolean {
  if (features.words === 0 || features.words > 25) return false
  return (
    text.includes('©') ||
    copyright.test(text) ||
    hasEmail(text) ||
    footerPhrase.test(normalize(text))
  )
}

/** Site navigation: skip links, menu words, items between separators ("Home | World | …"). */
export function isNavigation(text: string, features: Features): boolean {
  if (features.words === 0 || features.words > 40) return false
  const value = normalize(text)
  if (navigationWord.has(value) || navigationPhrase.test(value)) return true
  let count = 0
  for (const character of text) if (separators.has(character)) count++
  return count >= 3
}

/** "By Jane Doe", "Reported by …". */
export function isByline(text: string, features: Features): boolean {
  if (features.words < 2 || features.words > 12) return false
  const opener = byline.exec(text)
  return opener !== null && isUpper(text.charAt(opener[0].length))
}

/**
 * A short line of capitalized words, as a name is ("Daniel Kim", "Ana de la Cruz"): a byline
 * when it follows the headline. Initials ("J.") are allowed, digits and sentences are not.
 */
export function isNameLine(text: string, features: Features): boolean {
  if (features.words < 2 || features.words > 5 || features.digits) return false
  for (const word of text.split(/\s+/)) {
    if (!word || particle.has(word)) continue
    if (!nameWord.test(word) || !isUpper(word.charAt(0))) return false
  }
  return true
}

/**
 * A date or time line: "November 19, 2024", "2024-11-19 10:32", "Updated Tue 3 May 10:00".
 * Three words in four must be date words, so a headline with a date in it is no dateline.
 */
export function isDateline(text: string, features: Features): boolean {
  if (features.words === 0 || features.words > 12 || !features.digits) return false
  const words = normalize(text).split(' ')
  let month = false
  let dated = 0
  for (const word of words) {
    if (monthWord.has(word)) month = true
    if (monthWord.has(word) || dateWord.has(word) || number.test(word)) dated++
  }
  return (month || numericDate.test(text)) && dated * 4 >= words.length * 3
}

function hasEmail(text: string): boolean {
  if (!text.includes('@')) return false
  for (const word of text.split(/\s+/)) {
    if (word.includes('@') && email.test(word.replace(/^[<(]+|[>).,;:]+$/g, ''))) return true
  }
  return false
}
