/**
 * Phrase search over the words of a sentence, with nlcst-search's semantics (the same word
 * normalisation, `*` for any word, white space between words, literal words skipped) but
 * without its cost, which was most of the rule's time: nlcst-search splits and normalises
 * every phrase again on each call and walks the tree with unist-util-visit, which builds a
 * named closure for every node it passes. Here the phrases are compiled once per lexicon and
 * the rule, which walks the words anyway, asks at each word which phrases start there.
 */
import type {Sentence, Word} from 'nlcst'
import {isLiteral} from 'nlcst-is-literal'
import {toString} from 'nlcst-to-string'

interface CompiledPhrase {
  phrase: string
  /** The words after the first, normalised; `*` is any word. */
  rest: readonly string[]
}

export interface PhraseIndex {
  /** Phrases by their normalised first word, in lexicon order. */
  byFirst: ReadonlyMap<string, readonly CompiledPhrase[]>
  /** Phrases whose first word is `*`: tried at every word, before the others. */
  anyFirst: readonly CompiledPhrase[]
  /**
   * The first letters of the first words (see `prefixOf`), or `undefined` when a phrase
   * can start anywhere: most words are ruled out by them before they are normalised, which
   * was most of the rule's time (a new lower-case string for every word).
   */
  prefixes: ReadonlySet<number> | undefined
}

/**
 * A word as nlcst-normalize (nlcst-search's default) compares it: lower case, `’` read as
 * `'`, then hyphens and apostrophes removed.
 */
export function normalizeWord(text: string): string {
  let result = text.toLowerCase()
  if (result.includes('’')) result = result.replaceAll('’', "'")
  if (result.includes('-')) result = result.replaceAll('-', '')
  if (result.includes("'")) result = result.replaceAll("'", '')
  return result
}

/** The text of a word node; most hold a single text node. */
export function wordText(word: Word): string {
  const only = word.children.length === 1 ? word.children[0] : undefined
  return only?.type === 'TextNode' ? only.value : toString(word)
}

export function compilePhrases(phrases: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, CompiledPhrase[]>()
  const anyFirst: CompiledPhrase[] = []
  for (const phrase of phrases) {
    const [first = '', ...rest] = phrase.split(' ')
    const compiled = {phrase, rest: rest.map((word) => (word === '*' ? word : normalizeWord(word)))}
    const key = normalizeWord(first)
    if (key === '*') anyFirst.push(compiled)
    else {
      const list = byFirst.get(key)
      if (list) list.push(compiled)
      else byFirst.set(key, [compiled])
    }
  }
  const keys = [...byFirst.keys()]
  const prefixes = keys.map((key) => prefixOf(key))
  const closed = anyFirst.length === 0 && prefixes.every((prefix) => prefix !== undefined)
  return {byFirst, anyFirst, prefixes: closed ? new Set(prefixes as number[]) : undefined}
}

/** Whether a code unit is an ASCII letter, either case. */
function isAsciiLetter(code: number): boolean {
  const lower = code | 32
  return lower >= 97 && lower <= 122
}

/**
 * The first three characters of a word (all of a shorter one), lower-cased, as one number,
 * when they are ASCII letters; `undefined` otherwise. Normalising keeps such letters and
 * only lower-cases them, so a word and its normalised form have the same prefix. Three, as
 * two let "the", "and" and "of" through ("thought", "analysts", "officials").
 */
function prefixOf(text: string): number | undefined {
  let prefix = 0
  const length = Math.min(text.length, 3)
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (!isAsciiLetter(code)) return undefined
    prefix = (prefix << 8) | (code | 32)
  }
  // The length tells "it" (a whole word) from a longer word's first letters.
  return prefix * 4 + length
}

/** Whether a phrase can start at a word with this text (a test before normalising it). */
export function mayStart(index: PhraseIndex, text: string): boolean {
  if (!index.prefixes) return true
  const prefix = prefixOf(text)
  // Anything else (a digit, an apostrophe, a letter outside ASCII) is left to normalising.
  return prefix === undefined || index.prefixes.has(prefix)
}

export function matchPhrases(
  index: PhraseIndex,
  sentence: Sentence,
  at: number,
  normalized: string,
  onMatch: (phrase: string, end: number) => void
): void {
  const listed = index.byFirst.get(normalized)
  if (index.anyFirst.length === 0 && !listed) return
  // A word between quotes, dashes or brackets is mentioned, not used ("the word “may”"):
  // nlcst-search skips it. Asked only once a phrase matches here, as most first words
  // ("it", "said") start none.
  let literal: boolean | undefined
  const report = (phrase: string, end: number): void => {
    literal ??= isLiteral(sentence, at)
    if (!literal) onMatch(phrase, end)
  }
  for (const phrase of index.anyFirst) matchRest(sentence, at, phrase, report)
  if (listed) for (const phrase of listed) matchRest(sentence, at, phrase, report)
}

function matchRest(
  sentence: Sentence,
  at: number,
  {phrase, rest}: CompiledPhrase,
  onMatch: (phrase: string, end: number) => void
): void {
  const siblings = sentence.children
  let position = at + 1
  for (const expected of rest) {
    while (position < siblings.length && siblings[position]!.type === 'WhiteSpaceNode') position++
    const node = siblings[position]
    if (node?.type !== 'WordNode') return
    if (expected !== '*' && expected !== normalizeWord(wordText(node))) return
    position++
  }
  onMatch(phrase, position)
}
