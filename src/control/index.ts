import type {Node} from 'unist'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import {htmlCommentText, parseMarkerText} from './marker.js'
import type {LineNode} from './trees.js'
import {htmlControlTree, linesTree} from './trees.js'

/**
 * Apply `copydesk-disable`/`-enable`/`-disable-next-line` comments to the file's messages:
 * HTML comments in Markdown and HTML, and in plain text a comment on a line of its own.
 * Unknown rule ids in a comment are reported (`unknown-rule`).
 */
export function applyInlineControl(file: VFile, known: string[]): undefined {
  const doc = String(file)
  const base = {file, name: 'copydesk', known, source: ['copydesk']}

  if (file.data.inputKind === 'markdown' && file.data.mdast) {
    messageControl(file.data.mdast, {
      ...base,
      test: 'html',
      marker: (node: Node) => markerOf((node as Node & {value?: string}).value)
    })
  } else if (file.data.inputKind === 'html' && file.data.hast) {
    messageControl(htmlControlTree(file.data.hast, doc, file), {
      ...base,
      test: 'comment',
      marker: (node: Node) => {
        const value = (node as Node & {value?: string}).value
        return value === undefined ? undefined : parseMarkerText(value)
      }
    })
  } else if (doc.includes('copydesk-')) {
    messageControl(linesTree(doc, file), {
      ...base,
      test: 'line',
      marker: (node: Node) => markerOf((node as LineNode).value)
    })
  }

  // unified-message-control names its own message `known`; give it a copydesk id.
  for (const message of file.messages) {
    if (message.source === 'unified-message-control') {
      message.source = 'copydesk'
      message.ruleId = 'unknown-rule'
    }
  }
}

function markerOf(value: string | undefined) {
  if (value === undefined) return undefined
  const text = htmlCommentText(value)
  return text === undefined ? undefined : parseMarkerText(text)
}
