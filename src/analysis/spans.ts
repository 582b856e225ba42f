/**
 * Sorted, non-overlapping stretches of a file, and the binary search every analysis and rule
 * uses on them: which block, quote, repeat or paragraph holds an offset.
 */
import type {Root as NlcstRoot} from 'nlcst'

export interface OffsetSpan {
  /** UTF-16 offset of the first character. */
  start: number
  /** UTF-16 offset after the last character. */
  end: number
}

/** Index of the span holding `offset`, or -1 when none does (`spans` sorted, apart). */
export function spanIndexAt(spans: readonly OffsetSpan[], offset: number): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return middle
  }
  return -1
}

/**
 * A test for "is this offset inside one of the tree's paragraphs?": a rule's tree is already
 * narrowed to its scope (and without repeated blocks), so this tells which findings of a
 * shared analysis the rule may report.
 */
export function offsetTest(tree: NlcstRoot): (offset: number) => boolean {
  const spans: OffsetSpan[] = []
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'ParagraphNode' && start !== undefined && end !== undefined) {
      spans.push({start, end})
    }
  }
  spans.sort((a, b) => a.start - b.start)
  return (offset) => spanIndexAt(spans, offset) >= 0
}
