import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst} from 'hast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'

/** Parse HTML to nlcst; the hast tree is kept on `file.data`. */
export function parseHtml(doc: string, file: VFile, parser: ParseEnglish): NlcstRoot {
  const hast = fromHtml(doc)
  file.data.hast = hast
  return toNlcst(hast, file, parser)
}
