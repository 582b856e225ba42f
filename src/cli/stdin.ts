import path from 'node:path'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Read standard input as a document named `name` (its extension picks the parser). The bytes
 * are checked here, where they still exist: a NUL byte means binary input, and invalid UTF-8
 * is refused rather than silently replaced. Returns the problem instead of the file then.
 */
export async function readStdin(
  stream: Readable,
  name: string,
  cwd: string
): Promise<VFile | string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  }
  const bytes = Buffer.concat(chunks)
  if (bytes.includes(0)) {
    return `${name}: Unexpected binary content (NUL byte), expected a text file`
  }
  let value: string
  try {
    value = strictUtf8.decode(bytes)
  } catch {
    return `${name}: Unexpected invalid UTF-8, expected a UTF-8 text file`
  }
  // Absolute: unified-engine resolves a relative VFile path against the process's folder, not
  // `cwd`, when it looks for the file's config.
  const file = new VFile({path: path.resolve(cwd, name), cwd, value})
  file.data.inputChecked = true
  return file
}
