import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Refuse input that is not text: unified-engine reads files as UTF-8 and replaces invalid
 * sequences with U+FFFD silently, so a replacement character sends us back to the bytes to
 * tell a real U+FFFD from broken encoding. A NUL character means a binary file.
 * Throws a `VFileMessage` (via `file.fail`), which the engine reports for this file only.
 */
export function checkReadable(doc: string, file: VFile): undefined {
  if (doc.includes('\u0000')) {
    file.fail('Unexpected binary content (NUL byte), expected a text file', {
      ruleId: 'binary-file',
      source: 'copydesk'
    })
  }

  if (doc.includes('\uFFFD') && file.path && !file.data.inputChecked) {
    let bytes: Uint8Array | undefined
    try {
      bytes = readFileSync(path.resolve(file.cwd, file.path))
    } catch {
      // The file was read once already; if it is gone now there is nothing more to check.
    }
    if (bytes) {
      try {
        strictUtf8.decode(bytes)
      } catch {
        file.fail('Unexpected invalid UTF-8, expected a UTF-8 text file', {
          ruleId: 'invalid-encoding',
          source: 'copydesk'
        })
      }
    }
  }
}
