import type {Nodes as HastNodes} from 'hast'
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import type * as FromHtml from 'hast-util-from-html'
import type * as ToNlcst from 'hast-util-to-nlcst'
import type {ParseEnglish} from 'parse-english'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import type {AtomSpan, TextSpan} from './remap-positions.js'
import {lazy} from './lazy.js'
import {remapPositions} from './remap-positions.js'

const htmlPackages = {
  fromHtml: lazy<typeof FromHtml>('hast-util-from-html'),
  toNlcst: lazy<typeof ToNlcst>('hast-util-to-nlcst')
}

/** Parse HTML to nlcst; the hast tree is kept on `file.data`. */
export function parseHtml(doc: string, file: VFile, parser: ParseEnglish): NlcstRoot {
  const {fromHtml} = htmlPackages.fromHtml()
  const {toNlcst} = htmlPackages.toNlcst()
  const hast = fromHtml(doc)
  // parse5 gives the root no position when the document is blank, and hast-util-to-nlcst
  // refuses a tree without one: a blank page is an empty article, not an error.
  if (!hast.position) return {type: 'RootNode', children: []}
  const spans = prepare(hast, doc)
  file.data.hast = hast
  // `toNlcst` positions leaves by index in decoded text; move them back into `doc`.
  return remapPositions(toNlcst(hast, file, parser), doc, {syntax: 'html', ...spans})
}

/**
 * List what `hast-util-to-nlcst` tokenizes (text nodes) and what it turns into one leaf at the
 * element start (`<br>`, `<wbr>`, `<code>`, `data-nlcst="source"`; every element is listed,
 * only those ever have a leaf at their start).
 *
 * Also recomputes every line/column from its offset: parse5 counts a lone CR (old Mac line
 * endings) differently from vfile-location, and `hast-util-to-nlcst` turns line/column back
 * into offsets, so without this every leaf after a lone CR would start at a wrong offset.
 */
function prepare(tree: HastNodes, doc: string): {texts: TextSpan[]; atoms: AtomSpan[]} {
  const place = location(doc)
  const texts: TextSpan[] = []
  const atoms: AtomSpan[] = []
  visit(tree, (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const startPoint = place.toPoint(start)
    const endPoint = place.toPoint(end)
    if (startPoint && endPoint) node.position = {start: startPoint, end: endPoint}
    if (node.type === 'text') {
      texts.push({start, end, value: node.value})
    } else if (node.type === 'element') {
      atoms.push({start, end})
    }
  })
  return {texts, atoms}
}
