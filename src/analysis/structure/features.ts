/**
 * Counts that tell prose from titles, labels and link lists, in one pass over a block's
 * words. Prose has sentence punctuation and mostly lowercase words; a title-case line
 * capitalizes every long word ("Weekly Best Articles"), a counter has no words at all.
 */

export interface Features {
  /** Tokens holding a letter or digit. */
  words: number
  /** Words of four letters or more that start with a letter… */
  long: number
  /** …and of those, how many start lowercase. Short words ("a", "of") say nothing. */
  longLower: number
  /** Words ending a sentence or clause: `.`, `!`, `?`, `…` or `:` (closing quotes skipped). */
  stops: number
  /** The block's last character, closing quotes and brackets skipped; '' when empty. */
  final: string
  /** The first letter or digit of the block is a lowercase letter: a sentence goes on. */
  startsLower: boolean
  /** A word holds a digit. */
  digits: boolean
}

const token = /\S+/g
const upperLetter = /\p{Lu}/u
const lowerLetter = /\p{Ll}/u
const anyLetter = /\p{L}/u
const anyNumber = /\p{N}/u
/** Closing marks that may follow a sentence's final punctuation. */
const closers = new Set([...'"\')]}»›”’*_'])
const stopMarks = new Set([...'.!?…:'])
const finalMarks = new Set([...'.!?…:;‽'])

export function describe(text: string): Features {
  const features: Features = {
    words: 0,
    long: 0,
    longLower: 0,
    stops: 0,
    final: '',
    startsLower: false,
    digits: false
  }
  let first = true
  token.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = token.exec(text))) {
    const word = match[0]
    let letters = 0
    let initial = ''
    let counted = false
    for (const character of word) {
      const letter = isLetter(character)
      if (letter) letters++
      if (letter || isDigit(character)) {
        if (!counted) initial = character
        counted = true
        if (!letter) features.digits = true
      }
    }
    if (!counted) continue
    features.words++
    if (first) {
      features.startsLower = isLower(initial)
      first = false
    }
    if (letters >= 4 && isLetter(initial)) {
      features.long++
      if (isLower(initial)) features.longLower++
    }
    if (stopMarks.has(lastMark(word))) features.stops++
  }
  features.final = lastMark(text)
  return features
}

/** Whether the block ends in a punctuation mark of sentences: `. ! ? … : ;`. */
export function hasFinalMark(features: Features): boolean {
  return finalMarks.has(features.final)
}

/** The share of long words that start lowercase; 1 when there are none. */
export function lowerShare(features: Features): number {
  return features.long === 0 ? 1 : features.longLower / features.long
}

/**
 * Every long word capitalized but a preposition or two ("… Fired After Spying on Opponents
 * with Drone"): a title, a name, a label. Sentence case has far more lowercase words.
 */
export function isTitleCase(features: Features): boolean {
  return features.long >= 2 && lowerShare(features) < 0.2
}

/** The last character of `value` that is not white space or a closing mark. */
function lastMark(value: string): string {
  let index = value.length - 1
  while (index >= 0) {
    const character = value.charAt(index)
    if (!closers.has(character) && character.trim()) return character
    index--
  }
  return ''
}

function isLetter(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return anyLetter.test(character)
}

function isDigit(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 128) return code >= 48 && code <= 57
  return anyNumber.test(character)
}

function isLower(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  return lowerLetter.test(character)
}

export function isUpper(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return upperLetter.test(character)
}
