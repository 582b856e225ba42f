/**
 * Split a text at every range boundary, so that overlapping ranges (a hedge inside a repeated
 * block, two findings on one sentence) can each be highlighted: every piece is wrapped in one
 * element per range covering it, nested in the same order everywhere, and no element ever
 * crosses a piece boundary.
 */

/** A half-open range of UTF-16 offsets, `start` ≤ `end`. */
export interface Range {
  start: number
  end: number
}

/** A piece of the text, with the indices of the ranges covering it, outermost first. */
export interface Segment {
  start: number
  end: number
  cover: number[]
}

/**
 * The non-empty pieces of `[0, length)` between consecutive boundaries: 0, `length`, every
 * range's start and end (clamped to the text) and every offset in `cuts`. Ranges nest as
 * earlier start first, then longer first, then in input order. Empty ranges cover nothing.
 */
export function segment(
  length: number,
  ranges: readonly Range[],
  cuts: Iterable<number> = []
): Segment[] {
  const clamped = ranges.map((range) => clampRange(range, length))
  const boundaries = new Set<number>([0, length])
  for (const range of clamped) boundaries.add(range.start).add(range.end)
  for (const cut of cuts) boundaries.add(clamp(cut, length))
  const points = [...boundaries].sort((a, b) => a - b)

  const order = clamped
    .map((range, index) => ({...range, index}))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index)

  const segments: Segment[] = []
  let next = 0
  let active: typeof order = []
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index]!
    const end = points[index + 1]!
    active = active.filter((range) => range.end > start)
    while (next < order.length && order[next]!.start <= start) active.push(order[next++]!)
    // `active` stays in nesting order: ranges join in `order` and only ever leave.
    segments.push({start, end, cover: active.map((range) => range.index)})
  }
  return segments
}

/** A range inside `[0, length]`, its ends in order. */
export function clampRange(range: Range, length: number): Range {
  const start = clamp(range.start, length)
  const end = clamp(range.end, length)
  return start <= end ? {start, end} : {start: end, end: start}
}

function clamp(value: number, length: number): number {
  if (!Number.isFinite(value)) return 0
  return Math.min(Math.max(Math.trunc(value), 0), length)
}

/** The offset each line starts at (`\r\n`, `\n` or `\r` end a line, as vfile-location counts). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  const pattern = /\r\n|\n|\r/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) starts.push(match.index + match[0].length)
  return starts
}
