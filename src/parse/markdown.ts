import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'

/** Parse Markdown (front matter skipped) to nlcst; the mdast tree is kept on `file.data`. */
export function parseMarkdown(doc: string, file: VFile, parser: ParseEnglish): NlcstRoot {
  const mdast = fromMarkdown(doc, {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])]
  })
  file.data.mdast = mdast
  return toNlcst(mdast, file, parser)
}
