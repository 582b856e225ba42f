/**
 * The words of each sentence, flattened from the nlcst tree with their offsets: quote marks
 * and brackets glued to a word are left out, a possessive `'s` is set apart.
 *
 * Only the words that can matter are made. A name is a run of capitalised words, with title
 * words and particles leading into it or inside it ("president Yoon", "Ludwig van Beethoven"),
 * and reading one needs the word before and after the run. Any other word ("a break") ends
 * every run, so a sentence is made of the stretches that hold a capitalised word, each from
 * the break before it to the break after it; the words between stretches are never made.
 * Everything that reads the words (`scanSentence`) sees the same runs, with the same words
 * before and after them, as in the whole sentence.
 */
import type {Paragraph, Root, Sentence, SentenceContent, Word as WordNode} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {ClassifyAt} from './lexicon.js'
import {link, organisation, sentenceWord} from './lexicon.js'

export interface Word {
  /** The word without glued quote marks and without a possessive ending. */
  readonly text: string
  readonly lower: string
  /** What the word lists say about `lower` (bits of `lexicon.ts`; see `ClassifyAt`). */
  flags: number
  /** Starts with a capital ("Putin", "al-Naqib"). */
  capital: boolean
  start: number
  end: number
  possessive: boolean
  /** Joined to the word before by one space on the same line (no punctuation between). */
  joined: boolean
  /** First word of its sentence. */
  initial: boolean
  /** Punctuation right after the word (`,`, `.`…), or '' when a space or nothing follows. */
  after: string
}

/**
 * A word as `sentencesOf` makes it, its lower case made when first asked for: most words are
 * never asked (the lists are read from the text as written, see `ClassifyAt`).
 */
class SentenceWord implements Word {
  private lowered: string | undefined = undefined

  constructor(
    readonly text: string,
    readonly flags: number,
    readonly capital: boolean,
    readonly start: number,
    readonly end: number,
    readonly possessive: boolean,
    readonly joined: boolean,
    readonly initial: boolean,
    public after: string
  ) {}

  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase())
  }
}

/** The words of a sentence that can hold a name (see the top of this file). */
export interface SentenceWords {
  /** Offset of the sentence's first word. */
  start: number
  words: Word[]
}

/** Characters glued to a word that are not part of it: quote marks, brackets, emphasis. */
const asciiGlue = new Uint8Array(128)
for (const char of '"\'()[]{}*_ \t\n') asciiGlue[char.charCodeAt(0)] = 1

// Char codes, not a Set of one-character strings: this runs for every word that is made.
function isGlue(code: number): boolean {
  if (code < 128) return asciiGlue[code] === 1
  return (
    code === 0x201c || // “
    code === 0x201d || // ”
    code === 0x2018 || // ‘
    code === 0x2019 || // ’
    code === 0x201e || // „
    code === 0xab || // «
    code === 0xbb // »
  )
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019
}

const capitalPattern = /^(?:\p{Lu}|(?:al|el|ad|ash|as|ar|bin|ibn|de|da|di|d|o|van|von)[-'’]\p{Lu})/u

/**
 * Whether the word `readWord` read last starts with a capital, or a particle and a capital
 * ("al-Naqib"). Its characters are read where it was read (see `ClassifyAt`).
 */
function readCapital(): boolean {
  const start = readFrom + readLead
  const code = readRaw.charCodeAt(start)
  // The pattern costs more than the rest of a word: settle plain ASCII without it.
  if (code >= 0x41 && code <= 0x5a) return true
  if (code >= 0x80) return capitalPattern.test(readText())
  // Only particles (al, el, ad, ash, as, ar, bin, ibn, de, da, di, d, o, van, von) lead in,
  // their hyphen or apostrophe second, third or fourth: "and", "of", "by" have none.
  if (
    code === 0x61 || // a
    code === 0x65 || // e
    code === 0x62 || // b
    code === 0x69 || // i
    code === 0x64 || // d
    code === 0x6f || // o
    code === 0x76 // v
  ) {
    const joined =
      (readLength > 1 && isJoiner(readRaw.charCodeAt(start + 1))) ||
      (readLength > 2 && isJoiner(readRaw.charCodeAt(start + 2))) ||
      (readLength > 3 && isJoiner(readRaw.charCodeAt(start + 3)))
    return joined && capitalPattern.test(readText())
  }
  return false
}

/** What joins a particle to a name: a hyphen or an apostrophe. */
function isJoiner(code: number): boolean {
  return code === 0x2d || isApostrophe(code)
}

/**
 * What the first character of a word node says about a capital in it: 0 none (a lower-case
 * letter that no particle starts with, a digit, a sign), 1 there may be one (an upper-case
 * letter, anything not ASCII), 2 read on (a letter that starts a particle, as in "al-Naqib",
 * or a quote mark or bracket before the word).
 */
const firstCharClass = new Uint8Array(128)
for (let code = 0x41; code <= 0x5a; code++) firstCharClass[code] = 1
for (const char of 'aebidov') firstCharClass[char.charCodeAt(0)] = 2
for (let code = 0; code < 128; code++) if (asciiGlue[code] === 1) firstCharClass[code] = 2

/**
 * Whether a word node can hold a capitalised word: its text starts with a capital after any
 * quote marks, or with a particle, a hyphen or apostrophe and a capital. Most words are settled
 * by their first character; the rest have a capital only if they hold an upper-case letter.
 */
function mayHoldCapital(node: WordNode): boolean {
  const first = node.children[0]
  if (first === undefined) return false
  const code = first.value.charCodeAt(0)
  if (code < 128) {
    const kind = firstCharClass[code]
    if (kind !== 2) return kind === 1
  } else return true
  for (const child of node.children) {
    const value = child.value
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return true
    }
  }
  return false
}

// What `readWord` found besides the text: module state, so that no object is made per word.
/** The string the word was read in (the node's text, or the file's) and its stretch there. */
let readRaw = ''
let readFrom = 0
let readTo = 0
/** Where the word's text starts and where its glue ends, from `readFrom`. */
let readLead = 0
let readEnd = 0
/** The length of the word's text. */
let readLength = 0
let readPossessive = false

/**
 * Read a word node: its text is what is left without glue and possessive ending (see
 * `readText`); whether anything is left. With `source` (plain text, see `SentenceOptions`), the
 * word is read there at the node's offsets: the node's text nodes lie elsewhere in memory.
 */
function readWord(node: WordNode, source: string | undefined): boolean {
  const start = source === undefined ? undefined : node.position?.start.offset
  const end = start === undefined ? undefined : node.position?.end.offset
  if (source !== undefined && start !== undefined && end !== undefined) {
    return trimWord(source, start, end)
  }
  const only = node.children.length === 1 ? node.children[0] : undefined
  const raw = only && only.type === 'TextNode' ? only.value : toString(node)
  return trimWord(raw, 0, raw.length)
}

/** `readWord` for the word written `raw[from, to)`. */
function trimWord(raw: string, from: number, to: number): boolean {
  let lead = from
  let end = to
  while (lead < end && isGlue(raw.charCodeAt(lead))) lead++
  while (end > lead && isGlue(raw.charCodeAt(end - 1))) end--
  // A possessive ending: `'s` or `’s`, or a lone apostrophe after an s ("Jones'").
  let cut = end
  if (end - lead > 1) {
    const last = raw.charCodeAt(end - 1)
    const before = raw.charCodeAt(end - 2)
    if (last === 0x73 && isApostrophe(before)) cut = end - 2
    else if (isApostrophe(last) && before === 0x73) cut = end - 1
  }
  readRaw = raw
  readFrom = from
  readTo = to
  readLead = lead - from
  readEnd = end - from
  readLength = cut - lead
  readPossessive = cut < end
  return cut > lead
}

/** The text of the word `readWord` read last: sliced only for a word that is made. */
function readText(): string {
  const start = readFrom + readLead
  return readRaw.slice(start, start + readLength)
}

/** What the word lists say about the word `readWord` read last (see `ClassifyAt`). */
function readFlags(classify: ClassifyAt, capital: boolean): number {
  const start = readFrom + readLead
  return classify(readRaw, start, start + readLength, capital)
}

/** Glue after the word `readWord` read last (a closing quote mark or bracket), or ''. */
function gluedAfter(): string {
  return readFrom + readEnd === readTo ? '' : readRaw.slice(readFrom + readEnd, readTo).trim()
}

/** What `sentencesOf` needs besides the tree. */
export interface SentenceOptions {
  /** What the word lists say about a word. */
  classify: ClassifyAt
  /** Whether to read the sentence whose first word starts at `offset`. */
  keep: (offset: number) => boolean
  /**
   * The file's text, when every word node's value is this text at its offsets (plain-text
   * input): then a sentence whose text holds no capital after its first word is told by its
   * characters, without reading each word node (see `lastCapital`).
   */
  source?: string
}

/**
 * Every sentence of `tree` that holds a possibly capitalised word and whose first word's
 * offset `options.keep` accepts, in document order, with the words that can matter (see the
 * top of this file).
 */
export function sentencesOf(tree: Root, options: SentenceOptions): SentenceWords[] {
  // A plain walk: unist-util-visit names a function per node, which costs more than the analysis.
  const result: SentenceWords[] = []
  const walk = (node: Root | Paragraph): void => {
    for (const child of node.children) {
      if (child.type === 'SentenceNode') {
        const sentence = wordsOf(child, options)
        if (sentence) result.push(sentence)
      } else if (child.type === 'ParagraphNode') walk(child)
    }
  }
  walk(tree)
  return result
}

/**
 * Where the last character of `source[from, to)` that may belong to a capitalised word is:
 * an upper-case ASCII letter, or any character that is not ASCII (-1 when there is none). A
 * word can start with a capital only if its text holds one (the capital of a particle form
 * such as "al-Naqib" too), so no word after it is capitalised. Reading the flat text costs far
 * less than reading the word nodes, which lie scattered in memory once the parse is done.
 */
function lastCapital(source: string, from: number, to: number): number {
  for (let index = to - 1; index >= from; index--) {
    const code = source.charCodeAt(index)
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return index
  }
  return -1
}

/** Child indices of the word nodes that may hold a capital: reused from sentence to sentence. */
const capitalNodes: number[] = []

/** Fill `capitalNodes` from the nodes themselves. */
function findCapitalNodes(nodes: readonly SentenceContent[]): void {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type === 'WordNode' && mayHoldCapital(node)) capitalNodes.push(index)
  }
}

/**
 * Plain text: fill `capitalNodes` as `findCapitalNodes` does, reading each word's characters
 * in `source` at its offsets, up to the word holding `last` (see `lastCapital`). A word
 * node's position lies next to it in memory, its text node and the text's string do not:
 * each of those reads can miss the cache.
 */
function findCapitalNodesInText(
  nodes: readonly SentenceContent[],
  source: string,
  last: number
): void {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type !== 'WordNode') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && start > last) break
    if (
      start === undefined || end === undefined
        ? mayHoldCapital(node)
        : mayHoldCapitalAt(source, start, end)
    ) {
      capitalNodes.push(index)
    }
  }
}

/** `mayHoldCapital` for the word whose text is `source[start, end)`. */
function mayHoldCapitalAt(source: string, start: number, end: number): boolean {
  const code = source.charCodeAt(start)
  if (code < 128) {
    const kind = firstCharClass[code]
    if (kind !== 2) return kind === 1
  } else return true
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return true
  }
  return false
}

function wordsOf(sentence: Sentence, options: SentenceOptions): SentenceWords | undefined {
  const nodes = sentence.children
  const classify = options.classify
  const source = options.source
  // Whether to read the sentence at all first: page chrome and bylines are skipped whole.
  const first = firstWord(nodes, source)
  if (first < 0) return undefined
  const start = nodes[first]!.position!.start.offset! + readLead
  if (!options.keep(start)) return undefined
  capitalNodes.length = 0
  const firstEnd = nodes[first]!.position?.end.offset
  const end = sentence.position?.end.offset
  if (source === undefined || firstEnd === undefined || end === undefined) {
    findCapitalNodes(nodes)
  } else {
    const last = lastCapital(source, start, end)
    // Only the first word can be capitalised: no other word node holds a capital to read.
    if (last < firstEnd) {
      if (mayHoldCapital(nodes[first] as WordNode)) capitalNodes.push(first)
    } else findCapitalNodesInText(nodes, source, last)
  }
  if (capitalNodes.length === 0) return undefined
  // "The president said": the one capital opens the sentence and is a function word, which
  // the reading leaves out, and nothing else can join a name.
  if (capitalNodes.length === 1 && capitalNodes[0] === first) {
    readWord(nodes[first] as WordNode, source)
    if (readCapital()) {
      const bits = readFlags(classify, true)
      if ((bits & (sentenceWord | organisation)) === sentenceWord) return undefined
    }
  }

  const words: Word[] = []
  // The walk's state, as in one pass over the whole sentence.
  let previous: Word | undefined
  /**
   * What lies between `previous` and the node at hand: nothing, one space, or more. In plain
   * text, white space right after a word is `'white'`: whether it is one space is told at the
   * next word, from the offsets of both words (`joined`), so that white space nodes, about as
   * many as the words, are never read beyond their type.
   */
  let gap: 'none' | 'space' | 'white' | 'other' = 'none'
  /** Plain text: the end offset of the node of `previous`. */
  let previousEnd = 0
  /** Index of the first node not yet walked. */
  let cursor = 0
  for (const capital of capitalNodes) {
    if (capital < cursor) continue
    // Back to the break before the stretch: the walk starts afresh there. A fresh walk cannot
    // know that word's own `joined` and `initial`, but nothing reads them: no run holds a break.
    let from = cursor
    for (let at = capital - 1; at >= cursor; at--) {
      const node = nodes[at]!
      if (node.type !== 'WordNode' || node.position?.start.offset === undefined) continue
      if (!readWord(node, source) || readCapital()) continue
      if ((readFlags(classify, false) & link) === 0) {
        from = at
        previous = undefined
        gap = 'none'
        break
      }
    }
    let at = from
    for (; at < nodes.length; at++) {
      const node = nodes[at]!
      if (node.type === 'WhiteSpaceNode' && source !== undefined) {
        gap = gap === 'none' ? 'white' : 'other'
        continue
      }
      const offset = node.position?.start.offset
      if (offset === undefined) continue
      if (node.type === 'WhiteSpaceNode') {
        gap = gap === 'none' && node.value === ' ' ? 'space' : 'other'
        continue
      }
      if (node.type !== 'WordNode') {
        if (previous && previous.after === '' && gap === 'none') {
          previous.after = textOf(node, offset, source)
        }
        gap = 'other'
        continue
      }
      // The stretch ends at the first break from the capital on, once its punctuation is read.
      if (at > capital && previous && isBreak(previous)) break
      if (!readWord(node, source)) {
        gap = 'other'
        continue
      }
      const capitalised = readCapital()
      const word = new SentenceWord(
        readText(),
        readFlags(classify, capitalised),
        capitalised,
        offset + readLead,
        offset + readLead + readLength,
        readPossessive,
        previous !== undefined &&
          readLead === 0 &&
          previous.after === '' &&
          (gap === 'space' ||
            // Plain text: the nodes of a sentence follow each other without a gap, so the
            // white space between the words is one space when it is one character, a space.
            (gap === 'white' &&
              offset === previousEnd + 1 &&
              source!.charCodeAt(offset - 1) === 0x20)),
        previous === undefined,
        gluedAfter()
      )
      words.push(word)
      previous = word
      previousEnd = readTo
      gap = 'none'
    }
    cursor = at
  }
  return {start, words}
}

/** The text of punctuation or a symbol (read in `source` when given: see `readWord`). */
function textOf(node: SentenceContent, offset: number, source: string | undefined): string {
  const end = node.position?.end.offset
  if (source === undefined || end === undefined) return toString(node)
  return source.slice(offset, end)
}

/** A word no run of names goes through: neither capitalised nor a title word or particle. */
function isBreak(word: Word): boolean {
  return !word.capital && (word.flags & link) === 0
}

/**
 * Index of the node of the first word of a sentence (the first node that makes one), or -1;
 * the `read…` values are that word's.
 */
function firstWord(nodes: readonly SentenceContent[], source: string | undefined): number {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type !== 'WordNode' || node.position?.start.offset === undefined) continue
    if (readWord(node, source)) return index
  }
  return -1
}
