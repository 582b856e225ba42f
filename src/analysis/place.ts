/** Message places from offsets, for rules that report what a shared analysis found. */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

type Location = ReturnType<typeof location>

/** One line index per file, built on first use. */
const locations = new WeakMap<VFile, Location>()

function locationOf(file: VFile): Location {
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  return place
}

function pointOf(file: VFile, offset: number): Point {
  const point = locationOf(file).toPoint(offset)
  return {line: point?.line ?? 1, column: point?.column ?? 1, offset}
}

/** The place from `start` to `end` (offsets into the file). */
export function placeOf(file: VFile, start: number, end: number): Position {
  return {start: pointOf(file, start), end: pointOf(file, end)}
}

/** The 1-based line of `offset`. */
export function lineAt(file: VFile, offset: number): number {
  return pointOf(file, offset).line
}
