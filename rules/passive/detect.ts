/**
 * Finds passives in one sentence: a form of *be* or *get*, up to three adverbs ("were
 * reportedly killed", "were all shuttered"), then a past participle, regular (-ed) or
 * irregular (retext-passive's list), minus adjectival participles ("was tired", "is based
 * in", "is set to"). A passive with *by* and an actor after it ("was founded by the creators")
 * has an agent; *by* with a time, means or gerund ("by now", "by law", "by offering") does not.
 */
import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {
  adjectivalParticiples,
  beforeTo,
  degreeWords,
  eedParticiples,
  interveningWords,
  irregularParticiples,
  moreIrregularParticiples,
  notAnAgent,
  passiveAuxiliaries,
  presentBe,
  stateParticiples
} from './lexicon.js'

export interface Passive {
  /** The auxiliary: `was` in "was arrested". */
  auxiliary: Word
  /** The participle: `arrested`. */
  participle: Word
  /** Whether a *by* phrase names who acted. */
  agent: boolean
}

interface Token {
  node: Word
  /** Lower case text. */
  lower: string
  /** Text as written. */
  value: string
  /** Index of the word among the sentence's children. */
  child: number
}

/** At most this many words between the participle and *by* ("was arrested on Saturday by"). */
const agentWindow = 8

/** Words that end the clause of the participle when looking for *by*. */
const clauseEnd = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'when',
  'while',
  'because',
  'although',
  'though',
  'whereas',
  'if',
  'unless',
  'until',
  'since',
  'after',
  'before',
  'but'
])

/** Text of a word; most words are one text node, so usually no string is built. */
function wordText(word: Word): string {
  const [only] = word.children
  return word.children.length === 1 && only && 'value' in only ? only.value : toString(word)
}

/** The forms of *be* and *get* by length. */
const auxiliariesByLength: string[][] = []
for (const form of passiveAuxiliaries) (auxiliariesByLength[form.length] ??= []).push(form)

// Every word of every sentence is tested for a form of *be* or *get*, so the test is made
// cheap for the words that are not one: per length, a bit for each letter a form of that
// length starts with, and one for each second letter. Only a word that passes both is
// compared letter by letter; none is lower-cased or hashed. (Measured on the corpus, in × a
// bare parse: a Set look-up after a test of length and first letter cost 0.03 more, a table
// of letter pairs, 8 KB where these masks are 64 bytes, 0.015 more.)
const firstLetters = new Int32Array(auxiliariesByLength.length)
const secondLetters = new Int32Array(auxiliariesByLength.length)
for (const form of passiveAuxiliaries) {
  firstLetters[form.length]! |= letterBit(form, 0)
  secondLetters[form.length]! |= letterBit(form, 1)
}

/** A bit for the character at `index`; `& 31` gives a letter the same bit in either case. */
function letterBit(text: string, index: number): number {
  return 1 << (text.charCodeAt(index) & 31)
}

/** Whether `text` is a form of *be* or *get* that can make a passive, in any case. */
function isAuxiliary(text: string): boolean {
  const length = text.length
  if (length >= firstLetters.length) return false
  if ((firstLetters[length]! & letterBit(text, 0)) === 0) return false
  if ((secondLetters[length]! & letterBit(text, 1)) === 0) return false
  return auxiliariesByLength[length]!.some((form) => sameLetters(text, form))
}

/**
 * Whether `text` is `form` (lower-case ASCII letters) in any case: `| 0x20` lower-cases an
 * ASCII capital and makes no other character a lower-case letter. The same as
 * `text.toLowerCase() === form`: the only other characters that lower-case to ASCII are İ (to
 * two characters) and the Kelvin sign (to k, in no form).
 */
function sameLetters(text: string, form: string): boolean {
  for (let index = 0; index < form.length; index++) {
    if ((text.charCodeAt(index) | 0x20) !== form.charCodeAt(index)) return false
  }
  return true
}

/**
 * The words of a sentence from a form of *be* or *get* on (`at(0)`), with `;`, `:`, and
 * brackets as clause breaks (`undefined`, like the end of the sentence). Words are read only
 * as far as the checks look: after most forms that is one word ("is a", "was the").
 */
class Tokens {
  private readonly tokens: Array<Token | undefined> = []
  private readonly children: Sentence['children']
  /** The next child to read. */
  private child: number

  constructor(children: Sentence['children'], start: number) {
    this.children = children
    this.child = start
  }

  at(index: number): Token | undefined {
    while (this.tokens.length <= index && this.child < this.children.length) {
      const child = this.children[this.child]!
      if (child.type === 'WordNode') {
        const value = wordText(child)
        this.tokens.push({node: child, value, lower: value.toLowerCase(), child: this.child})
      } else if (child.type === 'PunctuationNode' && /^[;:()[\]]$/.test(child.value)) {
        this.tokens.push(undefined)
      }
      this.child++
    }
    return this.tokens[index]
  }
}

/** Whether `token` can be a past participle at all. */
export function isParticiple(value: string, lower: string): boolean {
  if (irregularParticiples.has(lower) || moreIrregularParticiples.has(lower)) return true
  // A capital mid-sentence is a name ("was Ted"), not a participle.
  if (value !== lower && value.slice(1) !== lower.slice(1)) return false
  if (!/^[a-z][a-z-]*[a-z]ed$/.test(lower) || lower.length < 5) return false
  if (lower.endsWith('eed')) return eedParticiples.has(lower)
  return true
}

export function findPassives(
  sentence: Sentence,
  ignore: ReadonlySet<string> = new Set()
): Passive[] {
  const {children} = sentence
  const found: Passive[] = []
  for (let index = 0; index < children.length; index++) {
    const auxiliary = children[index]!
    if (auxiliary.type !== 'WordNode' || !isAuxiliary(wordText(auxiliary))) continue
    const tokens = new Tokens(children, index)
    const at = participleAt(tokens, ignore)
    if (at === undefined) continue
    const participle = tokens.at(at)!
    found.push({auxiliary, participle: participle.node, agent: hasAgent(tokens, at)})
    index = participle.child
  }
  return found
}

/** Where the participle is in `tokens` (the auxiliary is at 0), if there is a passive. */
function participleAt(tokens: Tokens, ignore: ReadonlySet<string>): number | undefined {
  let next = 1
  let degree = false
  while (next < 4) {
    const word = tokens.at(next)
    if (!word) break
    if (degreeWords.has(word.lower)) degree = true
    else if (!interveningWords.has(word.lower) && !/^[a-z]{3,}ly$/.test(word.value)) break
    next++
  }
  const participle = tokens.at(next)
  if (!participle || degree) return undefined
  // "is being held": the next auxiliary starts its own search.
  if (passiveAuxiliaries.has(participle.lower)) return undefined
  if (!isParticiple(participle.value, participle.lower)) return undefined
  if (ignore.has(participle.lower)) return undefined
  if (adjectivalParticiples.has(participle.lower)) return undefined
  if (beforeTo.has(participle.lower) && tokens.at(next + 1)?.lower === 'to') return undefined
  const auxiliary = tokens.at(0)!
  if (stateParticiples.has(participle.lower) && presentBe.has(auxiliary.lower)) return undefined
  // "got it published": *get* with an object is causative; "is the end": no participle.
  return next
}

/** Whether a *by* phrase with an actor follows the participle at `index`, in its clause. */
function hasAgent(tokens: Tokens, index: number): boolean {
  for (let at = index + 1; at <= index + agentWindow; at++) {
    const word = tokens.at(at)
    if (!word || clauseEnd.has(word.lower) || passiveAuxiliaries.has(word.lower)) return false
    // "were asked about the issues raised by the memo": *by* belongs to another participle,
    // unless it is coordinated with this one ("was kidnapped and tortured by").
    const previous = tokens.at(at - 1)?.lower
    if (
      at > index + 1 &&
      previous !== 'and' &&
      previous !== 'or' &&
      word.lower !== 'by' &&
      isParticiple(word.value, word.lower) &&
      !irregularParticiples.has(word.lower)
    ) {
      return false
    }
    if (word.lower !== 'by') continue
    const object = tokens.at(at + 1)
    const second = tokens.at(at + 2)
    if (!object) return false
    if (/ing$/.test(object.lower) && object.lower.length > 5) return false
    if (/^\d/.test(object.value) || notAnAgent.has(object.lower)) return false
    if (object.lower === 'the' && second && notAnAgent.has(second.lower)) return false
    return true
  }
  return false
}
