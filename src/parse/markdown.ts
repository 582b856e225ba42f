import type {Nodes as MdastNodes} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import type * as FromMarkdown from 'mdast-util-from-markdown'
import type * as Frontmatter from 'mdast-util-frontmatter'
import type * as FrontmatterSyntax from 'micromark-extension-frontmatter'
import type * as ToNlcst from 'mdast-util-to-nlcst'
import type {ParseEnglish} from 'parse-english'
import {visit} from 'unist-util-visit'
import type {AtomSpan, TextSpan} from './remap-positions.js'
import {lazy} from './lazy.js'
import {remapPositions} from './remap-positions.js'

const markdownPackages = {
  fromMarkdown: lazy<typeof FromMarkdown>('mdast-util-from-markdown'),
  frontmatter: lazy<typeof Frontmatter>('mdast-util-frontmatter'),
  frontmatterSyntax: lazy<typeof FrontmatterSyntax>('micromark-extension-frontmatter'),
  toNlcst: lazy<typeof ToNlcst>('mdast-util-to-nlcst')
}

/** Parse Markdown (front matter skipped) to nlcst; the mdast tree is kept on `file.data`. */
export function parseMarkdown(doc: string, file: VFile, parser: ParseEnglish): NlcstRoot {
  const {fromMarkdown} = markdownPackages.fromMarkdown()
  const {frontmatter} = markdownPackages.frontmatterSyntax()
  const {frontmatterFromMarkdown} = markdownPackages.frontmatter()
  const {toNlcst} = markdownPackages.toNlcst()
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
