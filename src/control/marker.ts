import type {Marker} from 'unified-message-control'

/**
 * `copydesk-disable [ids]`, `copydesk-enable [ids]` and `copydesk-disable-next-line [ids]`,
 * the ESLint spelling, mapped onto unified-message-control's `disable`, `enable` and `ignore`.
 */
const comment = /^\s*copydesk-(disable-next-line|disable|enable)(?=\s|$)([^]*)$/

const verbs: Readonly<Record<string, string>> = {
  disable: 'disable',
  enable: 'enable',
  'disable-next-line': 'ignore'
}

/** Parse the inside of a comment (`copydesk-disable hedging`) to a marker, if it is one. */
export function parseMarkerText(text: string): Marker | undefined {
  const match = comment.exec(text)
  if (!match) return undefined
  const verb = verbs[match[1]!]!
  // ESLint's spelling: ids separated by commas or spaces, then an optional reason after
  // two or more dashes standing apart (`copydesk-disable hedging, passive -- quoted`).
  const ids = match[2]!
    .split(/(?:^|\s)-{2,}(?:\s|$)/)[0]!
    .replace(/,/g, ' ')
    .trim()
  return {name: 'copydesk', attributes: ids ? verb + ' ' + ids : verb}
}

/** Text of an HTML comment, or `undefined` when `value` is not exactly one comment. */
export function htmlCommentText(value: string): string | undefined {
  const match = /^\s*<!--([^]*?)-->\s*$/.exec(value)
  return match ? match[1] : undefined
}
