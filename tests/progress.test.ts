import {PassThrough} from 'node:stream'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProgress} from '../src/cli/progress.js'

function capture() {
  const stream = new PassThrough()
  const chunks: string[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
  return {stream, text: () => chunks.join('')}
}

describe('progress line', () => {
  it('is never shown when nobody watches (piped output, CI)', () => {
    const {stream} = capture()
    expect(createProgress(stream, false)).toBeUndefined()
  })

  it('appears after 50 files with files done and findings so far, and is cleared', async () => {
    const {stream, text} = capture()
    const progress = createProgress(stream, true)!
    const file = new VFile()
    file.message('a finding')
    for (let index = 0; index < 49; index++) progress.onFile(file)
    await new Promise((resolve) => setImmediate(resolve))
    expect(text()).toBe('')
    progress.onFile(file)
    progress.done()
    await new Promise((resolve) => setImmediate(resolve))
    expect(text()).toBe('\r\u001B[Kcopydesk: 50 files, 50 findings\r\u001B[K')
  })

  it('a short run leaves no trace', async () => {
    const {stream, text} = capture()
    const progress = createProgress(stream, true)!
    progress.onFile(new VFile())
    progress.done()
    await new Promise((resolve) => setImmediate(resolve))
    expect(text()).toBe('')
  })
})
