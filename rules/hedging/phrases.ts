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
   * The first letters of the first words (see `startTable`), or `undefined` when a phrase
   * can start anywhere: most words are ruled out by them before they are normalised, which
   * was most of the rule's time (a new lower-case string for every word).
   */
  starts: StartTable | undefined
  /**
   * The hashes of the normalised first words (see `normalHash`), as bits, or `undefined` when
   * a phrase can start anywhere: the words that pass `starts` ("all", "president", "u.s.")
   * are mostly ruled out by them, before a lower-case string is made for them.
   */
  firstHashes: Uint32Array | undefined
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
  const starts = anyFirst.length === 0 ? startTable(keys) : undefined
  const firstHashes = anyFirst.length === 0 ? hashBitsOf(keys) : undefined
  return {byFirst, anyFirst, starts, firstHashes}
}

/**
 * `String.prototype.charCodeAt`, called through this constant on the text of words, which
 * is also passed through `String()` before its length is read: a word's text is a string of
 * one of several kinds (sliced from the file or copied, of one or two bytes a character),
 * and `text.charCodeAt(…)` or `text.length` at one place in the code, seeing them all, is
 * looked up in V8's slowest way (a megamorphic load) at every call: 30% of the instructions
 * of the rule. Called this way, V8 knows the method and that `text` is a string.
 */
const charCodeAt = String.prototype.charCodeAt

/** 8,192 bits (1 kB): about one word in a hundred that is no first word gets through. */
const hashBits = 13

/** The bits of `normalHash` of these (normalised) words, or `undefined` when one has none. */
function hashBitsOf(keys: readonly string[]): Uint32Array | undefined {
  const bits = new Uint32Array((1 << hashBits) / 32)
  for (const key of keys) {
    const hash = normalHash(key, 0)
    if (hash === undefined) return undefined
    setBit(bits, hash)
  }
  return bits
}

/** The bit of a hash: its top bits once mixed (a string hash's low bits are poorly spread). */
function bitOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - hashBits)
}

function setBit(bits: Uint32Array, hash: number): void {
  const bit = bitOf(hash)
  bits[bit >>> 5]! |= 1 << (bit & 31)
}

function hasBit(bits: Uint32Array, hash: number): boolean {
  const bit = bitOf(hash)
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0
}

/**
 * A hash of what `normalizeWord` makes of `text`, continued from `hash` (0 to begin), read
 * from the text without making a string; `undefined` when a character is not ASCII (its
 * lower case is left to `toLowerCase`). A word's normal form drops apostrophes and hyphens
 * and lower-cases ASCII letters, and so does this hash.
 */
function normalHash(text: string, hash: number): number | undefined {
  const string = String(text) // see `charCodeAt`
  for (let index = 0; index < string.length; index++) {
    let code = charCodeAt.call(string, index)
    if (code === 0x27 || code === 0x2d || code === 0x2019) continue
    if (code >= 0x80) return undefined
    if (code >= 0x41 && code <= 0x5a) code |= 0x20
    hash = (Math.imul(hash, 31) + code) | 0
  }
  return hash
}

/** Whether the normal form of a word may be one of the first words (`false`: it is not). */
function mayBeFirst(index: PhraseIndex, word: Word): boolean {
  const bits = index.firstHashes
  if (!bits) return true
  let hash: number | undefined = 0
  for (const child of word.children) {
    hash = normalHash(child.value, hash)
    if (hash === undefined) return true
  }
  return hasBit(bits, hash)
}

/**
 * The first three letters of the first words, as bits: `pairs[a << 5 | b]` has bit `c` set
 * when a first word starts with letters a b c, and bit 0 when it is the two-letter word a b;
 * `singles` has bit `a` set when it is the one-letter word a (letters numbered 1 to 26:
 * `code & 31` of the lower case). A table, not a Set of prefixes: it is read at every word
 * of the writer's voice, and two array reads cost less than hashing the prefix. Two letters
 * only let "the", "and" and "of" through ("thought", "analysts", "officials").
 */
interface StartTable {
  singles: number
  pairs: Int32Array
}

/** Whether a (lower-cased) code unit is an ASCII letter. */
function isLetter(lower: number): boolean {
  return lower >= 97 && lower <= 122
}

/**
 * The table for these first words, or `undefined` when one starts with something else than
 * ASCII letters (then every word is left to normalising).
 */
function startTable(keys: readonly string[]): StartTable | undefined {
  const table = {singles: 0, pairs: new Int32Array(32 * 32)}
  for (const key of keys) {
    const letters = [...key.slice(0, 3)].map((char) => char.charCodeAt(0) | 32)
    if (key.length === 0 || !letters.every((code) => isLetter(code))) return undefined
    const [a = 0, b, c] = letters.map((code) => code & 31)
    if (b === undefined) table.singles |= 1 << a
    else table.pairs[(a << 5) | b]! |= 1 << (c ?? 0)
  }
  return table
}

/**
 * Whether a phrase can start at a word with this text (a test before normalising it).
 * Normalising only lower-cases ASCII letters and drops apostrophes and hyphens, so a word
 * whose first letters are ASCII keeps them, lower-cased, in front of its normalised form: a
 * word whose first three letters (or two, or its only letter) start no first word can match
 * none, whatever follows. A word with anything else among its first three characters (a
 * digit, an apostrophe, a letter outside ASCII) is left to normalising.
 */
export function mayStart(index: PhraseIndex, text: string): boolean {
  const starts = index.starts
  if (!starts) return true
  const string = String(text) // see `charCodeAt`
  const a = charCodeAt.call(string, 0) | 32
  if (!isLetter(a)) return true
  if (string.length === 1) return ((starts.singles >>> (a & 31)) & 1) === 1
  const b = charCodeAt.call(string, 1) | 32
  if (!isLetter(b)) return true
  const bits = starts.pairs[((a & 31) << 5) | (b & 31)]!
  if (bits === 0) return false
  if (string.length === 2) return (bits & 1) === 1
  const c = charCodeAt.call(string, 2) | 32
  return !isLetter(c) || ((bits >>> (c & 31)) & 1) === 1
}

/**
 * `mayStart` for a word node, then `mayBeFirst`, without joining the text of a word of
 * several nodes ("well-known", "U.S."): their first node holds the first letters, unless it
 * is shorter than three.
 */
export function mayStartWord(index: PhraseIndex, word: Word): boolean {
  const children = word.children
  const first = children[0]
  if (first === undefined) return true
  const starts =
    children.length === 1 || String(first.value).length >= 3
      ? mayStart(index, first.value)
      : mayStart(index, toString(word))
  return starts && mayBeFirst(index, word)
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
  const phrases = !listed
    ? index.anyFirst
    : index.anyFirst.length === 0
      ? listed
      : [...index.anyFirst, ...listed]
  normals.length = 0
  // A word between quotes, dashes or brackets is mentioned, not used ("the word “may”"):
  // nlcst-search skips it. Asked only once a phrase matches here, as most first words
  // ("it", "said") start none.
  let literal: boolean | undefined
  for (const {phrase, rest} of phrases) {
    const end = matchRest(sentence, at, rest)
    if (end === -1) continue
    literal ??= isLiteral(sentence, at)
    if (literal) return
    onMatch(phrase, end)
  }
}

/**
 * The normalised words after the first word of the phrases tried, by their distance from it:
 * the phrases of one first word share their next words ("it seems", "it would appear", "it
 * would seem"), normalised once.
 */
const normals: Array<string | undefined> = []

/** Where a phrase whose first word is sentence child `at` ends, or -1 when it does not match. */
function matchRest(sentence: Sentence, at: number, rest: readonly string[]): number {
  const siblings = sentence.children
  let position = at + 1
  for (const expected of rest) {
    while (position < siblings.length && siblings[position]!.type === 'WhiteSpaceNode') position++
    const node = siblings[position]
    if (node?.type !== 'WordNode') return -1
    if (expected !== '*') {
      const normal = (normals[position - at] ??= normalizeWord(wordText(node)))
      if (expected !== normal) return -1
    }
    position++
  }
  return position
}
