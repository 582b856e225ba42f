/**
 * retext-readability tests every word with `daleChall.includes(word)` and
 * `spache.includes(word)`: linear scans over lists of ~3,000 and ~1,000 words, which is about
 * half of its run time. A patch to `node_modules` would not reach people who install copydesk
 * from npm, so at start-up we give those two array objects an own `includes` backed by a Set.
 * The arrays are the ones retext-readability imports as long as npm dedupes `dale-chall@2` and
 * `spache@2` (copydesk depends on the same ranges); `tests/readability-patch.test.ts` proves
 * the findings are identical to the unpatched package on the Wikinews corpus.
 */
import {daleChall} from 'dale-chall'
import {spache} from 'spache'

const patched = new WeakSet<readonly string[]>()

function useSetForIncludes(list: string[]): void {
  if (patched.has(list)) return
  const words = new Set(list)
  Object.defineProperty(list, 'includes', {
    value: (word: string) => words.has(word),
    configurable: true,
    writable: true
  })
  patched.add(list)
}

/** Install the Set-backed `includes` on both word lists; safe to call more than once. */
export function speedUpWordLists(): void {
  useSetForIncludes(daleChall)
  useSetForIncludes(spache)
}

/** Restore the linear `Array#includes` (for the equivalence test). */
export function restoreWordLists(): void {
  for (const list of [daleChall, spache]) {
    Reflect.deleteProperty(list, 'includes')
    patched.delete(list)
  }
}
