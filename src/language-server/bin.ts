#!/usr/bin/env node
import {startLanguageServer} from './server.js'

// unified-language-server checks documents in promises nobody awaits: one that fails (it
// throws on an `untitled:` document when the editor opened no folder) would otherwise end the
// process, and with it every editor's diagnostics. Log it instead: with `--stdio`,
// `console.error` goes to the editor's log, not into the protocol stream.
process.on('unhandledRejection', (reason) => {
  console.error('copydesk-language-server: could not check a document:', reason)
})

startLanguageServer()
