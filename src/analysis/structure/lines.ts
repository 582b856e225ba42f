/**
 * Offset → line lookup. Built once per file in one pass; each lookup is a binary search, so
 * numbering every block costs O(blocks · log lines). Line breaks are `\r\n`, `\n` and `\r`,
 * as in vfile-location, so the lines agree with message positions.
 */

/** The offsets at which lines start; `[0]` for an empty document. */
export function lineStarts(doc: string): number[] {
  const starts = [0]
  for (let index = 0; index < doc.length; index++) {
    const code = doc.charCodeAt(index)
    if (code === 10 /* \n */) {
      starts.push(index + 1)
    } else if (code === 13 /* \r */) {
      if (doc.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    }
  }
  return starts
}

/** The 1-based line holding `offset`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}
