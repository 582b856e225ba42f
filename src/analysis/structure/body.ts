/**
 * Where the body is: the main cluster of prose blocks. Clusters break at chrome (a counter, a
 * landmark, a footer line, a box heading such as "Popular Now" unless a sentence follows it)
 * and at five non-sentence blocks in a row (fewer are subheads or a short list inside the
 * article). The cluster with the most prose words wins; it then takes in the sentences right
 * before and after it (short paragraphs, sentences split by a scraper), but never the file's
 * top line.
 */
import type {Judged} from './judge.js'

export interface Range {
  /** Index of the body's first block. */
  first: number
  /** Index of the body's last block. */
  last: number
}

/** Non-sentence blocks in a row that end a cluster: more than a subhead or a short list. */
const maximumGap = 5

export function findBody(judged: readonly Judged[]): Range | undefined {
  const found =
    mainCluster(judged, (item) => item.prose) ??
    // No prose at all (a note, a one-line file): sentences anchor the body instead.
    mainCluster(judged, (item) => item.sentence && !item.top)
  if (!found) return undefined

  let {first, last} = found
  for (let index = first - 1; index >= 0; index--) {
    const item = judged[index]!
    if (item.transparent) continue
    if (!item.sentence || item.top) break
    first = index
  }
  for (let index = last + 1; index < judged.length; index++) {
    const item = judged[index]!
    if (item.transparent) continue
    if (!item.sentence) break
    last = index
  }
  return {first, last}
}

function mainCluster(
  judged: readonly Judged[],
  anchors: (item: Judged) => boolean
): Range | undefined {
  let best: Range | undefined
  let bestWords = 0
  let first = -1
  let last = -1
  let words = 0
  let gap = 0

  for (let index = 0; index < judged.length; index++) {
    const item = judged[index]!
    if (item.transparent) continue
    if (item.chrome && !(item.boxHeading && nextIsSentence(judged, index))) {
      close()
    } else if (item.chrome) {
      // "Latest developments" over a paragraph is a subhead, not the heading of a link box.
      gap = 0
    } else if (anchors(item)) {
      if (first === -1) first = index
      last = index
      words += item.features.words
      gap = 0
    } else if (item.sentence) {
      gap = 0
    } else if (++gap >= maximumGap) {
      close()
    }
  }
  close()
  return best

  function close(): undefined {
    if (first !== -1 && words > bestWords) {
      best = {first, last}
      bestWords = words
    }
    first = -1
    words = 0
    gap = 0
  }
}

function nextIsSentence(judged: readonly Judged[], index: number): boolean {
  for (let other = index + 1; other < judged.length; other++) {
    const item = judged[other]!
    if (!item.transparent) return item.sentence
  }
  return false
}
