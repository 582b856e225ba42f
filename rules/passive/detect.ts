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

/**
 * Words of a sentence, with `;`, `:`, and brackets as clause breaks (`undefined`); empty when
 * the sentence has no form of *be* or *get* (most of the work is skipped then).
 */
function tokensOf(sentence: Sentence): Array<Token | undefined> {
  const tokens: Array<Token | undefined> = []
  let auxiliary = false
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const value = wordText(child)
      const lower = value.toLowerCase()
      if (!auxiliary && passiveAuxiliaries.has(lower)) auxiliary = true
      tokens.push({node: child, value, lower})
    } else if (child.type === 'PunctuationNode' && /^[;:()[\]]$/.test(child.value)) {
      tokens.push(undefined)
    }
  }
  return auxiliary ? tokens : []
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
  const tokens = tokensOf(sentence)
  const found: Passive[] = []
  for (let index = 0; index < tokens.length; index++) {
    const auxiliary = tokens[index]
    if (!auxiliary || !passiveAuxiliaries.has(auxiliary.lower)) continue
    let next = index + 1
    let degree = false
    while (next < index + 4) {
      const word = tokens[next]
      if (!word) break
      if (degreeWords.has(word.lower)) degree = true
      else if (!interveningWords.has(word.lower) && !/^[a-z]{3,}ly$/.test(word.value)) break
      next++
    }
    const participle = tokens[next]
    if (!participle || degree) continue
    // "is being held": the next auxiliary starts its own search.
    if (passiveAuxiliaries.has(participle.lower)) continue
    if (!isParticiple(participle.value, participle.lower)) continue
    if (ignore.has(participle.lower)) continue
    if (adjectivalParticiples.has(participle.lower)) continue
    const after = tokens[next + 1]
    if (beforeTo.has(participle.lower) && after?.lower === 'to') continue
    if (stateParticiples.has(participle.lower) && presentBe.has(auxiliary.lower)) continue
    // "got it published": *get* with an object is causative; "is the end": no participle.
    found.push({
      auxiliary: auxiliary.node,
      participle: participle.node,
      agent: hasAgent(tokens, next)
    })
    index = next
  }
  return found
}

/** Whether a *by* phrase with an actor follows the participle at `index`, in its clause. */
function hasAgent(tokens: ReadonlyArray<Token | undefined>, index: number): boolean {
  const end = Math.min(tokens.length, index + 1 + agentWindow)
  for (let at = index + 1; at < end; at++) {
    const word = tokens[at]
    if (!word || clauseEnd.has(word.lower) || passiveAuxiliaries.has(word.lower)) return false
    // "were asked about the issues raised by the memo": *by* belongs to another participle,
    // unless it is coordinated with this one ("was kidnapped and tortured by").
    const previous = tokens[at - 1]?.lower
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
    const object = tokens[at + 1]
    const second = tokens[at + 2]
    if (!object) return false
    if (/ing$/.test(object.lower) && object.lower.length > 5) return false
    if (/^\d/.test(object.value) || notAnAgent.has(object.lower)) return false
    if (object.lower === 'the' && second && notAnAgent.has(second.lower)) return false
    return true
  }
  return false
}
