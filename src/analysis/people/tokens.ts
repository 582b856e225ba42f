/**
 * The words of each sentence, flattened from the nlcst tree with their offsets: quote marks
 * and brackets glued to a word are left out, a possessive `'s` is set apart.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'

export interface Word {
  /** The word without glued quote marks and without a possessive ending. */
  text: string
  lower: string
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

/** Characters glued to a word that are not part of it: quote marks, brackets, emphasis. */
const glue: ReadonlySet<string> = new Set([...'"\'“”‘’„«»()[]{}*_ \t\n'])
const possessiveEnd = /(?:['’]s|(?<=s)['’])$/u
const capital = /^(?:\p{Lu}|(?:al|el|ad|ash|as|ar|bin|ibn|de|da|di|d|o|van|von)[-'’]\p{Lu})/u

/** Every sentence of `tree` as a list of words, in document order. */
export function sentencesOf(tree: Root): Word[][] {
  // A plain walk: unist-util-visit names a function per node, which costs more than the analysis.
  const result: Word[][] = []
  const walk = (node: Root | Paragraph): void => {
    for (const child of node.children) {
      if (child.type === 'SentenceNode') result.push(wordsOf(child))
      else if (child.type === 'ParagraphNode') walk(child)
    }
  }
  walk(tree)
  return result
}

function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = []
  let gap: 'none' | 'space' | 'other' = 'none'
  for (const node of sentence.children) {
    const start = node.position?.start.offset
    if (start === undefined) continue
    if (node.type === 'WhiteSpaceNode') {
      gap = gap === 'none' && node.value === ' ' ? 'space' : 'other'
      continue
    }
    if (node.type !== 'WordNode') {
      const previous = words[words.length - 1]
      if (previous && previous.after === '' && gap === 'none') previous.after = toString(node)
      gap = 'other'
      continue
    }
    const only = node.children.length === 1 ? node.children[0] : undefined
    const raw = only && only.type === 'TextNode' ? only.value : toString(node)
    let lead = 0
    let end = raw.length
    while (lead < end && glue.has(raw.charAt(lead))) lead++
    while (end > lead && glue.has(raw.charAt(end - 1))) end--
    const body = raw.slice(lead, end)
    const tail = raw.slice(end)
    const apostrophe = body.length > 1 && (body.includes("'") || body.includes('’'))
    const ending = apostrophe ? possessiveEnd.exec(body) : null
    const text = ending ? body.slice(0, ending.index) : body
    if (text === '') {
      gap = 'other'
      continue
    }
    const previous = words[words.length - 1]
    words.push({
      text,
      lower: text.toLowerCase(),
      capital: capital.test(text),
      start: start + lead,
      end: start + lead + text.length,
      possessive: ending !== null,
      joined: previous !== undefined && gap === 'space' && lead === 0 && previous.after === '',
      initial: previous === undefined,
      after: tail.trim()
    })
    gap = 'none'
  }
  return words
}
