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
   * The first characters (either case) a first word can start with, or `undefined` when any
   * can: most words are ruled out by their first character, before they are normalised.
   */
  initials: ReadonlySet<string> | undefined
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
  // A key starting with a hyphen or apostrophe (both removed by normalising) could match a
  // word starting with anything else.
  const keys = [...byFirst.keys()]
  const open = anyFirst.length > 0 || keys.some((key) => key === '' || /^['’-]/.test(key))
  const initials = open
    ? undefined
    : new Set(keys.flatMap((key) => [key[0]!, key[0]!.toUpperCase()]))
  return {byFirst, anyFirst, initials}
}

/** Whether a phrase can start at a word with this text (a quick test before normalising). */
export function mayStart(index: PhraseIndex, text: string): boolean {
  if (!index.initials) return true
  const first = text[0]
  // A word may begin with a hyphen or apostrophe that normalising removes.
  return (
    first !== undefined &&
    (index.initials.has(first) || first === '-' || first === "'" || first === '’')
  )
}

/**
 * Call `onMatch` for every phrase that matches at word `index` of `sentence` (whose
 * normalised text is `normalized`), in the order nlcst-search reports them. `end` is the index
 * after the last word of the match.
 */
export function matchPhrases(
  index: PhraseIndex,
  sentence: Sentence,
  at: number,
  normalized: string,
  onMatch: (phrase: string, end: number) => void
): void {
  const listed = index.byFirst.get(normalized)
  if (index.anyFirst.length === 0 && !listed) return
  // A word between quotes, dashes or brackets is mentioned, not used ("the word “may”").
  if (isLiteral(sentence, at)) return
  for (const phrase of index.anyFirst) matchRest(sentence, at, phrase, onMatch)
  if (listed) for (const phrase of listed) matchRest(sentence, at, phrase, onMatch)
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
