/**
 * Inline-control comments (`<!-- copydesk-disable hedging -->`) are instructions to the
 * linter, not text of the article. The syntax is defined once, in `control/marker.ts`.
 */
import {htmlCommentText, parseMarkerText} from '../../control/marker.js'

/** Whether `source` is exactly one copydesk control comment, `<!--` and `-->` included. */
export function isControlComment(source: string): boolean {
  if (!source.includes('copydesk-')) return false
  const inner = htmlCommentText(source)
  return inner !== undefined && parseMarkerText(inner) !== undefined
}

/** Whether the inside of a comment (a hast comment's value) is a control comment. */
export function isControlCommentText(inner: string): boolean {
  return inner.includes('copydesk-') && parseMarkerText(inner) !== undefined
}
