import type {Nodes as MdastNodes} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {ParseEnglish} from 'parse-english'
import {visit} from 'unist-util-visit'
import type {AtomSpan, TextSpan} from './remap-positions.js'
import {remapPositions} from './remap-positions.js'

/** Parse Markdown (front matter skipped) to nlcst; the mdast tree is kept on `file.data`. */
export function parseMarkdown(doc: string, file: VFile, parser: ParseEnglish): NlcstRoot {
  const mdast = fromMarkdown(doc, {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])]
  })
  file.data.mdast = mdast
  // `toNlcst` positions leaves by index in decoded text; move them back into `doc`.
  return remapPositions(toNlcst(mdast, file, parser), doc, {syntax: 'markdown', ...spans(mdast)})
}

/**
 * What `mdast-util-to-nlcst` tokenizes (`text`, and image `alt`, which it places 2 after the
 * image start, past `![`) and what it turns into one leaf at the node start (`break`,
 * `inlineCode`).
 */
function spans(tree: MdastNodes): {texts: TextSpan[]; atoms: AtomSpan[]} {
  const texts: TextSpan[] = []
  const atoms: AtomSpan[] = []
  visit(tree, (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'text') {
      texts.push({start, end, value: node.value})
    } else if ((node.type === 'image' || node.type === 'imageReference') && node.alt) {
      texts.push({start: start + 2, end, value: node.alt})
    } else if (node.type === 'break' || node.type === 'inlineCode') {
      atoms.push({start, end})
    }
  })
  return {texts, atoms}
}
