/** Where mentions are, for the people rules: which offsets a scoped tree holds, lines, points. */
import type {Root} from 'nlcst'

/** A test: is `offset` inside one of the (scoped) tree's paragraphs? */
export function inScopeTree(tree: Root): (offset: number) => boolean {
  const ranges: Array<[number, number]> = []
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'ParagraphNode' && start !== undefined && end !== undefined) {
      ranges.push([start, end])
    }
  }
  return function (offset) {
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

/** 1-based line of `offset` in `source`. */
export function lineOf(source: string, offset: number): number {
  let line = 1
  for (
    let index = source.indexOf('\n');
    index !== -1 && index < offset;
    index = source.indexOf('\n', index + 1)
  ) {
    line++
  }
  return line
}

/** A unist point for `offset`. */
export function pointAt(
  source: string,
  offset: number
): {line: number; column: number; offset: number} {
  const before = source.lastIndexOf('\n', offset - 1)
  return {line: lineOf(source, offset), column: offset - before, offset}
}
