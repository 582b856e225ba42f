/**
 * Escaping for the HTML report. Everything that comes from an article, a message, a rule or
 * a file name goes through one of these, so none of it is ever parsed as markup.
 */

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The HTML parser turns CR and CRLF into LF; a reference keeps the text as read, so every
  // offset still points at the same character in the page.
  '\r': '&#13;',
  // NUL is dropped by the parser; show the replacement character in its place.
  '\0': '&#xFFFD;'
}

/** Escape text for an element's content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\r\0]/g, (character) => entities[character]!)
}

/** A URL for an `href`, or `undefined` unless it is http(s): no `javascript:`, no `data:`. */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
