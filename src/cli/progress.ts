import type {Writable} from 'node:stream'
import type {VFile} from 'vfile'

/** Files done before the progress line appears: short runs never show it. */
const filesBeforeProgress = 50

export interface Progress {
  onFile: (file: VFile) => void
  /** Clear the progress line. */
  done: () => void
}

/**
 * A progress line on stderr for long runs (files done, findings so far), redrawn at most ten
 * times a second. Only for a person at a terminal: never when stdout or stderr is piped or
 * when `CI` is set, so CI logs and machine-read output stay clean.
 */
export function createProgress(stderr: Writable, interactive: boolean): Progress | undefined {
  if (!interactive) return undefined
  let files = 0
  let findings = 0
  let shown = false
  let last = 0
  return {
    onFile(file) {
      files++
      findings += file.messages.length
      const now = Date.now()
      if (files < filesBeforeProgress || now - last < 100) return
      last = now
      shown = true
      stderr.write(`\r\u001B[Kcopydesk: ${files} files, ${findings} findings`)
    },
    done() {
      if (shown) stderr.write('\r\u001B[K')
    }
  }
}
