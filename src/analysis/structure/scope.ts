import type {Root as NlcstRoot} from 'nlcst'
import type {OffsetSpan} from '../spans.js'
import {spanIndexAt} from '../spans.js'
import type {BlockKind, DocumentStructure, RuleScope} from './types.js'

const bodyKinds: ReadonlySet<BlockKind> = new Set(['body', 'standfirst'])
const articleKinds: ReadonlySet<BlockKind> = new Set([
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'caption',
  'subhead',
  'body'
])

/** Whether a block of this kind is inside a rule's scope. */
export function inScope(kind: BlockKind, scope: RuleScope): boolean {
  if (scope === 'document') return true
  return (scope === 'body' ? bodyKinds : articleKinds).has(kind)
}

/** The kind of the block that holds `offset`, or `undefined` between blocks. */
export function kindAt(structure: DocumentStructure, offset: number): BlockKind | undefined {
  return structure.blocks[spanIndexAt(structure.blocks, offset)]?.kind
}

/**
 * A root holding only the paragraphs of `tree` inside `scope`, so that a rule scoped to the
 * body never visits chrome. Paragraph nodes are shared, not copied. With a `cache` (the
 * file's `file.data.scopes`), every rule of one scope gets the same root. The cache lives on
 * the file, not in a module-level WeakMap keyed by the tree: V8's scavenger keeps the values
 * of a WeakMap alive, so such a cache had every article's tree promoted to the old generation
 * (173 MB promoted over the corpus instead of 10 MB, and a dozen full collections a pass).
 *
 * `skip` holds the later copies of repeated blocks (`file.data.repeats.skip`): their
 * paragraphs are left out for every scope, the whole document included, so that any rule's
 * finding inside a repeated block is reported once, at the first copy. The repeat itself is
 * reported by `duplicate-block`, which reads `file.data.repeats`, not the tree. In plain text
 * the repeats analysis has split paragraphs at the edges of repeats, so a paragraph is either
 * wholly inside a repeat or wholly outside.
 */
export function scopedTree(
  tree: NlcstRoot,
  structure: DocumentStructure,
  scope: RuleScope,
  skip: readonly SkippedSpan[] = [],
  cache?: Map<string, NlcstRoot>
): NlcstRoot {
  if (scope === 'document' && skip.length === 0) return tree
  const key = skip.length === 0 ? scope : scope + '-skip'
  let scoped = cache?.get(key)
  if (!scoped) {
    scoped = {
      type: 'RootNode',
      children: tree.children.filter((node) => {
        if (node.type !== 'ParagraphNode') return scope === 'document'
        const offset = node.position?.start.offset
        if (offset === undefined) return scope === 'document'
        if (skip.length > 0 && inSkipped(skip, offset)) return false
        if (scope === 'document') return true
        const kind = kindAt(structure, offset)
        return kind !== undefined && inScope(kind, scope)
      }),
      position: tree.position
    }
    cache?.set(key, scoped)
  }
  return scoped
}

/** A stretch of the file rules do not see (a later copy of a repeated block). */
export type SkippedSpan = OffsetSpan

function inSkipped(spans: readonly SkippedSpan[], offset: number): boolean {
  return spanIndexAt(spans, offset) >= 0
}
