/**
 * The trees inline control walks. unified-message-control toggles at marker nodes and, for
 * `ignore` (our `disable-next-line`), re-enables at the end of the marker's next sibling; it
 * also drops messages in "gaps" after nodes without positions. So each input kind gets a tree
 * in which every node is positioned and the next sibling of a marker is the next real line or
 * block. Written by hand: no package builds such trees.
 */
import type {Nodes as HastNodes, Root as HastRoot} from 'hast'
import type {Node, Parent, Position} from 'unist'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'

export interface LineNode extends Node {
  type: 'line'
  value: string
}

/** Plain text: one node per non-blank line, so `disable-next-line` means the next line. */
export function linesTree(doc: string, file: VFile): Parent {
  const place = location(file)
  const children: LineNode[] = []
  const pattern = /[^\r\n]+/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(doc))) {
    if (!match[0].trim()) continue
    const start = place.toPoint(match.index)
    const end = place.toPoint(match.index + match[0].length)
    if (start && end) children.push({type: 'line', value: match[0], position: {start, end}})
  }
  return {type: 'root', children, position: wholeFile(doc, file)}
}

/**
 * HTML: the hast tree without the nodes parse5 implies (`html`, `head`, `body` have no
 * position when the source omits them; their children take their place) and without
 * whitespace-only text, so a comment's next sibling is the next element.
 */
export function htmlControlTree(tree: HastRoot, doc: string, file: VFile): Parent {
  return {type: 'root', children: positioned(tree.children), position: wholeFile(doc, file)}
}

function positioned(nodes: readonly HastNodes[]): Node[] {
  const result: Node[] = []
  for (const node of nodes) {
    if (node.type === 'text' && !node.value.trim()) continue
    const children = 'children' in node ? positioned(node.children) : undefined
    if (!node.position) {
      if (children) result.push(...children)
      continue
    }
    if (children) {
      const parent: Parent = {type: node.type, position: node.position, children}
      result.push(parent)
    } else {
      result.push(node)
    }
  }
  return result
}

function wholeFile(doc: string, file: VFile): Position | undefined {
  const place = location(file)
  const start = place.toPoint(0)
  const end = place.toPoint(doc.length)
  return start && end ? {start, end} : undefined
}
