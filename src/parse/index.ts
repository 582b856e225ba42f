import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'
import {parseHtml} from './html.js'
import {inputKindOf} from './input-kind.js'
import {parseMarkdown} from './markdown.js'
import {checkReadable} from './readable.js'

/**
 * The one parser of copydesk: plain text, Markdown and HTML all become nlcst whose positions
 * point into the original file. It branches on the file's extension (unified 11 hands the
 * parser the file); stdin gets its extension from `--stdin-filename`.
 */
export const copydeskParse: Plugin<[], string, NlcstRoot> = function () {
  this.parser = parse
}

/**
 * A parser that only checks the input is text: for the CLI's processor, which hands each file
 * to a worker (or the cache) that parses it where it lints it.
 */
export const copydeskCheckInput: Plugin<[], string, NlcstRoot> = function () {
  this.parser = function (doc: string, file: VFile): NlcstRoot {
    checkReadable(doc, file)
    return {type: 'RootNode', children: []}
  }
}

function parse(doc: string, file: VFile): NlcstRoot {
  checkReadable(doc, file)
  // A fresh parser per file: parse-english keeps no state between calls, but its plugin lists
  // are mutable and a rule must never see another file's.
  const parser = new ParseEnglish()
  const kind = inputKindOf(file.extname)
  file.data.inputKind = kind

  if (kind === 'markdown') return parseMarkdown(doc, file, parser)
  if (kind === 'html') return parseHtml(doc, file, parser)
  return parser.parse(doc)
}
