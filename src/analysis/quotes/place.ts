/** A message place from offsets, for the rules that report quotes and speakers. */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Point, Position} from 'unist'

const locations = new WeakMap<VFile, ReturnType<typeof location>>()

export function placeOf(file: VFile, start: number, end: number): Position {
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  return {start: toPoint(place, start), end: toPoint(place, end)}
}

function toPoint(place: ReturnType<typeof location>, offset: number): Point {
  const point = place.toPoint(offset)
  return {line: point?.line ?? 1, column: point?.column ?? 1, offset}
}
