import path from 'node:path'
import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {lintFiles} from '../engine.js'
import {toResults} from '../reporters/to-results.js'
import {toVFileMessage} from '../reporters/to-vfile-message.js'

/**
 * Lints the document held by the language server's file with copydesk's own engine, so that
 * config discovery (`.copydeskrc*`, package.json `copydesk`), `.copydeskignore`, a config's
 * `ignore`, the rules and inline comments are exactly the CLI's.
 * unified-language-server's engine cannot do this itself: it has no `configTransform`, so it
 * would read copydesk's `{extends, rules, ignore}` as a unified preset.
 */
export const lintDocument: Plugin<[], NlcstRoot> = function () {
  return async function (_, file) {
    if (!file.path) return
    const document = new VFile({
      // Absolute: unified-engine resolves a relative VFile path against `process.cwd()`, not
      // against `cwd`, and the server's own engine has made this one relative to the workspace.
      path: path.resolve(file.cwd, file.path),
      cwd: file.cwd,
      value: String(file),
      // The text comes from the editor, already decoded: there are no bytes on disk to check
      // for broken UTF-8 (the file may not even be saved).
      data: {inputChecked: true}
    })
    const linted = await lintFiles({files: [document], cwd: file.cwd})
    // The CLI's `--format json` results, so the diagnostics carry the same rule ids, ranges,
    // severities and reasons (a bad config reads as the CLI's `config` message).
    for (const result of toResults(linted, file.cwd)) {
      for (const message of result.messages) file.messages.push(toVFileMessage(message))
    }
  }
}

/**
 * A parser that reads nothing: the document is parsed once, inside `lintFiles`. (Not
 * `createProcessor({parse: false})`: its input check would report a NUL byte a second time.)
 */
const parseNothing: Plugin<[], string, NlcstRoot> = function () {
  this.parser = () => ({type: 'RootNode', children: []})
}

/**
 * The processor unified-language-server runs on each open document: no parse of its own, the
 * copydesk linter, and no compiler, so the server's "format document" request never changes
 * the text.
 */
export const processor = unified().use(parseNothing).use(lintDocument).freeze()
