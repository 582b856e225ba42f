/**
 * JavaScript's white space (`\s`, and what `String#trim` removes) by char code, for scans that
 * read the file's text without a regex. parse-latin's own white space differs (U+0085 in,
 * U+FEFF out): `structure/text.ts` keeps that one.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
