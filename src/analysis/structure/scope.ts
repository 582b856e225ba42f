import type {Root as NlcstRoot} from 'nlcst'
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
  const {blocks} = structure
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const block = blocks[middle]!
    if (offset < block.start) high = middle - 1
    else if (offset >= block.end) low = middle + 1
    else return block.kind
  }
  return undefined
}

const cache = new WeakMap<NlcstRoot, Map<RuleScope, NlcstRoot>>()

/**
 * A root holding only the paragraphs of `tree` inside `scope`, so that a rule scoped to the
 * body never visits chrome. Paragraph nodes are shared, not copied; the result is cached per
 * tree, so every rule of one scope gets the same root.
 */
export function scopedTree(
  tree: NlcstRoot,
  structure: DocumentStructure,
  scope: RuleScope
): NlcstRoot {
  if (scope === 'document') return tree
  let byScope = cache.get(tree)
  if (!byScope) {
    byScope = new Map()
    cache.set(tree, byScope)
  }
  let scoped = byScope.get(scope)
  if (!scoped) {
    scoped = {
      type: 'RootNode',
      children: tree.children.filter((node) => {
        if (node.type !== 'ParagraphNode') return false
        const offset = node.position?.start.offset
        if (offset === undefined) return false
        const kind = kindAt(structure, offset)
        return kind !== undefined && inScope(kind, scope)
      }),
      position: tree.position
    }
    byScope.set(scope, scoped)
  }
  return scoped
}
