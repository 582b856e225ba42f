/**
 * Which quotes a rule may report: those starting in a paragraph of the tree the rule was
 * given (already narrowed to its scope, and without repeated blocks).
 */
import type {Root as NlcstRoot} from 'nlcst'

/** A test for "is this offset inside one of the tree's paragraphs?" (binary search). */
export function offsetTest(tree: NlcstRoot): (offset: number) => boolean {
  const ranges: Array<[number, number]> = []
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'ParagraphNode' && start !== undefined && end !== undefined) {
      ranges.push([start, end])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  return (offset) => {
    let low = 0
    let high = ranges.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const [start, end] = ranges[middle]!
      if (offset < start) high = middle - 1
      else if (offset >= end) low = middle + 1
      else return true
    }
    return false
  }
}
