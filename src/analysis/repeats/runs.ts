/**
 * Maximal repeated runs of units, in one pass and without comparing units pairwise. Every
 * unit has an id (equal ids: equal normalised text). Earlier positions are indexed two ways:
 * by the hash of the window of three ids starting there, which finds where a block started
 * before even when its lines are common ones ("1", "LATEST"), and by the unit's own id, for
 * short repeats (a doubled line, one long paragraph). Each index keeps the first position and
 * a few recent ones, so a lookup is constant work. From the candidates the run is extended
 * forward to its maximal length; the pass then continues after the run, so each unit is
 * extended over a bounded number of times: linear in the number of units.
 */

/** Units `at`… repeat units `from`… (`length` of them); the copy ends before the repeat. */
export interface Run {
  at: number
  from: number
  length: number
}

/** What a run must have to be kept: at least this many units, or words, or be adjacent. */
export interface RunFloor {
  units: number
  words: number
}

/** Ids per window. */
const WINDOW = 3
/** Positions kept per key: the first and the most recent ones. */
const KEEP = 6
/** Units to look ahead, inside a run, for a better one. */
const LOOKAHEAD = 4

export function findRuns(ids: Int32Array, words: ArrayLike<number>, floor: RunFloor): Run[] {
  const count = ids.length
  const byId = new Map<number, number[]>()
  const byWindow = new Map<string, number[]>()
  const runs: Run[] = []
  // A unit whose id occurs once can neither start nor index a repeat: most units of most
  // files, which then cost no lookup at all.
  const occurrences = new Map<number, number>()
  for (const id of ids) occurrences.set(id, (occurrences.get(id) ?? 0) + 1)
  const repeats = (position: number) => occurrences.get(ids[position]!)! > 1
  let indexed = 0

  let at = 0
  while (at < count) {
    let run = repeats(at) ? longestAt(at) : undefined
    // A run may hide a better one starting inside it: one that ran into its own repeat
    // ("A B | A B C" read from one line too early), or a short one ("Popular Now" and "1"
    // matching another box) whose last line opens a long one. Look a few units ahead.
    if (run) {
      const cut = truncated(run)
      const end = at + run.length
      for (
        let ahead = 1;
        ahead < run.length + 1 && ahead <= LOOKAHEAD && at + ahead < count;
        ahead++
      ) {
        const later = longestAt(at + ahead)
        if (
          later &&
          !truncated(later) &&
          later.at + later.length > end &&
          (cut || later.length > run.length)
        ) {
          run = undefined
          break
        }
      }
    }

    let take = 1
    if (run) {
      let total = 0
      for (let index = at; index < at + run.length; index++) total += words[index]!
      const adjacent = run.from + run.length === at
      if (run.length >= floor.units || total >= floor.words || adjacent) {
        runs.push(run)
        take = run.length
      }
    }
    at += take
    // Index the positions passed, so later units find them.
    for (; indexed < at; indexed++) {
      if (!repeats(indexed)) continue
      remember(byId, ids[indexed]!, indexed)
      if (indexed + WINDOW <= count && repeats(indexed + 1) && repeats(indexed + 2)) {
        remember(byWindow, windowKey(ids, indexed), indexed)
      }
    }
  }
  return runs

  /** The longest run at `start` repeating positions indexed so far; earliest on ties. */
  function longestAt(start: number): Run | undefined {
    let best: Run | undefined
    const consider = (from: number): void => {
      if (from >= start) return
      let length = 0
      while (
        start + length < count &&
        from + length < start &&
        ids[from + length] === ids[start + length]
      ) {
        length++
      }
      if (length > 0 && (!best || length > best.length)) best = {at: start, from, length}
    }
    if (start + WINDOW <= count) byWindow.get(windowKey(ids, start))?.forEach(consider)
    byId.get(ids[start]!)?.forEach(consider)
    return best
  }

  /** Stopped only because the copy reached the repeat. */
  function truncated(run: Run): boolean {
    const end = run.at + run.length
    return (
      run.from + run.length === run.at && end < count && ids[run.from + run.length] === ids[end]
    )
  }
}

function windowKey(ids: Int32Array, at: number): string {
  return ids[at] + ',' + ids[at + 1] + ',' + ids[at + 2]
}

function remember<Key>(index: Map<Key, number[]>, key: Key, position: number): void {
  const positions = index.get(key)
  if (!positions) index.set(key, [position])
  else {
    if (positions.length === KEEP) positions.splice(1, 1)
    positions.push(position)
  }
}
