import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {withoutStackTrace} from '../src/rule.js'

describe('withoutStackTrace', () => {
  it('makes the message as usual and restores the stack trace limit', () => {
    const before = Error.stackTraceLimit
    const file = new VFile('Some text.')
    const message = withoutStackTrace(() => file.message('Unexpected x, expected y'))
    expect(message.reason).toBe('Unexpected x, expected y')
    expect(file.messages).toEqual([message])
    expect(Error.stackTraceLimit).toBe(before)
  })

  it('restores the limit when making the message throws, so later errors have stacks again', () => {
    const before = Error.stackTraceLimit
    expect(() =>
      withoutStackTrace(() => {
        throw new Error('boom')
      })
    ).toThrow('boom')
    expect(Error.stackTraceLimit).toBe(before)
    expect(new Error('after').stack).toContain('without-stack-trace.test')
  })
})
