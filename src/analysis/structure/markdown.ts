/**
 * Markdown → candidates: one per top-level block of the mdast tree (heading, paragraph, list,
 * block quote, …). A block covers every nlcst paragraph mdast-util-to-nlcst makes from it, so
 * a list is classified as a whole. Front matter is not text: it gets no block.
 */
import type {Nodes, Root, RootContent} from 'mdast'
import type {Candidate} from './candidate.js'
import {candidate} from './candidate.js'
import {isControlComment} from './markers.js'

/** Blocks without prose for rules. */
const opaqueTypes: ReadonlySet<string> = new Set([
  'code',
  'thematicBreak',
  'definition',
  'footnoteDefinition'
])
const skippedTypes: ReadonlySet<string> = new Set(['yaml', 'toml'])

export function segmentMarkdown(tree: Root): Candidate[] {
  const result: Candidate[] = []
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || skippedTypes.has(node.type)) continue
    result.push(fromNode(node, start, end))
  }
  return result
}

function fromNode(node: RootContent, start: number, end: number): Candidate {
  if (node.type === 'html') {
    return isControlComment(node.value)
      ? candidate(start, end, '', {control: true})
      : candidate(start, end, '', {opaque: true})
  }
  if (opaqueTypes.has(node.type)) return candidate(start, end, '', {opaque: true})

  const collected = collect(node)
  const hints: Partial<Candidate> = {linkRatio: collected.linkRatio}
  if (node.type === 'heading') hints.heading = node.depth
  if (node.type === 'list') hints.items = node.children.map((item) => collect(item).text)
  if (node.type === 'paragraph') {
    const first = node.children.find((child) => child.type !== 'text' || child.value.trim())
    hints.caption = first?.type === 'image' || first?.type === 'imageReference'
  }
  return candidate(start, end, collected.text, hints)
}

interface Collected {
  text: string
  linkRatio: number
}

/** Text of a node (image alt included, as mdast-util-to-nlcst does) and its share of links. */
function collect(node: Nodes): Collected {
  const parts: string[] = []
  let linked = 0
  let total = 0
  visit(node, false)
  return {text: parts.join('').trim(), linkRatio: total === 0 ? 0 : linked / total}

  function visit(node: Nodes, inLink: boolean): undefined {
    let value: string | undefined
    if (node.type === 'text' || node.type === 'inlineCode') value = node.value
    else if (node.type === 'image' || node.type === 'imageReference') value = node.alt ?? ''
    else if (node.type === 'break') value = '\n'

    if (value !== undefined) {
      parts.push(value)
      const length = value.trim().length
      total += length
      if (inLink) linked += length
      return
    }
    if ('children' in node) {
      const link = inLink || node.type === 'link' || node.type === 'linkReference'
      for (const child of node.children) {
        visit(child, link)
        // Block children (list items, paragraphs of a quote) are separate lines.
        if (child.type === 'paragraph' || child.type === 'listItem' || child.type === 'heading')
          parts.push('\n')
      }
    }
  }
}
