/**
 * In plain text, retext-english ends a paragraph only at a blank line, and a sentence may run
 * across a single line break. Scraped articles often put page chrome and prose on adjacent
 * lines (a caption right above the first paragraph, a `copydesk-disable-next-line` comment
 * above the line it controls). Rules are scoped by block, so each nlcst paragraph is split
 * where it crosses from one structure block into another: at the line break between them,
 * sentences included. Written by hand: no package aligns nlcst to outside block boundaries.
 */
import type {Paragraph, ParagraphContent, Root, RootContent, Sentence, SentenceContent} from 'nlcst'
import type {OffsetSpan} from './spans.js'
import {spanIndexAt} from './spans.js'

/** Where to split: structure blocks, or any sorted, non-overlapping spans of the file. */
type Span = OffsetSpan

function startOf(node: {position?: {start: {offset?: number}}}): number | undefined {
  return node.position?.start.offset
}

function withPosition<T extends Sentence | Paragraph>(node: T): T {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (first?.position && last?.position) {
    node.position = {start: first.position.start, end: last.position.end}
  }
  return node
}

/** Split `tree`'s paragraphs (in place) so none spans two blocks. */
export function alignParagraphsToBlocks(tree: Root, blocks: readonly Span[]): void {
  const children: RootContent[] = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode' || !spansBlocks(node, blocks)) {
      children.push(node)
      continue
    }
    children.push(...splitParagraph(node, blocks))
  }
  tree.children = children
}

function spansBlocks(paragraph: Paragraph, blocks: readonly Span[]): boolean {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return false
  return spanIndexAt(blocks, start) !== spanIndexAt(blocks, end - 1)
}

function splitParagraph(paragraph: Paragraph, blocks: readonly Span[]): RootContent[] {
  const result: RootContent[] = []
  let current: Paragraph | undefined
  let currentBlock = -2

  const add = (piece: ParagraphContent) => {
    const offset = startOf(piece)
    const block = offset === undefined ? -1 : spanIndexAt(blocks, offset)
    const lineBreak = piece.type === 'WhiteSpaceNode' && piece.value.includes('\n')
    if (lineBreak && current) {
      // Hold the line break at root level until we know the next piece's block.
      result.push(piece)
      current = undefined
      return
    }
    if (current && (block === currentBlock || block === -1)) {
      current.children.push(piece)
      return
    }
    if (current === undefined && block === currentBlock && result.length > 0) {
      // Same block after a held line break: rejoin the previous paragraph.
      const held = result.pop() as RootContent
      current = result[result.length - 1] as Paragraph
      current.children.push(held as ParagraphContent, piece)
      return
    }
    current = {type: 'ParagraphNode', children: [piece]}
    currentBlock = block
    result.push(current)
  }

  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') {
      for (const piece of splitSentence(child, blocks)) add(piece)
    } else {
      add(child)
    }
  }

  for (const node of result) {
    if (node.type === 'ParagraphNode') withPosition(node)
  }
  return result
}

/** Split a sentence at line breaks that lead into another block; the breaks stand apart. */
function splitSentence(sentence: Sentence, blocks: readonly Span[]): ParagraphContent[] {
  const pieces: ParagraphContent[] = []
  let current: SentenceContent[] = []
  let block = spanIndexAt(blocks, startOf(sentence) ?? 0)

  for (let index = 0; index < sentence.children.length; index++) {
    const child = sentence.children[index]!
    const next = sentence.children[index + 1]
    if (child.type === 'WhiteSpaceNode' && child.value.includes('\n') && next) {
      const nextOffset = startOf(next)
      const nextBlock = nextOffset === undefined ? block : spanIndexAt(blocks, nextOffset)
      if (nextBlock !== block && current.length > 0) {
        pieces.push(withPosition({type: 'SentenceNode', children: current}))
        pieces.push(child)
        current = []
        block = nextBlock
        continue
      }
    }
    current.push(child)
  }
  if (current.length > 0) {
    pieces.push(
      current === sentence.children
        ? sentence
        : withPosition({type: 'SentenceNode', children: current})
    )
  }
  return pieces
}
