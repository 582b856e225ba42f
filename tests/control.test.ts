import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseMarkerText} from '../src/control/marker.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lint} from '../src/processor.js'

const passive = 'The old window was broken during the storm last night.'

/** Lint `value` as a file named `name`; return `ruleId line:column` for each message. */
async function findings(name: string, value: string): Promise<string[]> {
  // passive is off by default: these tests turn it on to have something to control.
  const file = await lint(new VFile({path: name, value}), resolveConfig({rules: {passive: 'warn'}}))
  return file.messages
    .map((message) => `${message.ruleId} ${message.line}:${message.column}`)
    .sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
}

describe('inline control comments: markers', () => {
  it.each([
    ['copydesk-disable', {name: 'copydesk', attributes: 'disable'}],
    [
      ' copydesk-disable hedging passive ',
      {name: 'copydesk', attributes: 'disable hedging passive'}
    ],
    ['copydesk-enable passive', {name: 'copydesk', attributes: 'enable passive'}],
    ['copydesk-disable-next-line passive', {name: 'copydesk', attributes: 'ignore passive'}],
    [
      'copydesk-disable passive, readability -- quoted on purpose',
      {name: 'copydesk', attributes: 'disable passive  readability'}
    ]
  ])('parses %j', (text, marker) => {
    expect(parseMarkerText(text)).toEqual(marker)
  })

  it.each(['lint disable', 'copydesk-disabled passive', 'copydesk', ' just a comment '])(
    'ignores %j',
    (text) => {
      expect(parseMarkerText(text)).toBeUndefined()
    }
  )
})

describe('inline control comments in plain text (a line of its own)', () => {
  it('disable … enable turns a rule off between the markers', async () => {
    const text = [
      'Headline',
      '',
      passive,
      '<!-- copydesk-disable passive -->',
      passive,
      '<!-- copydesk-enable passive -->',
      passive,
      ''
    ].join('\n')
    expect(await findings('a.txt', text)).toEqual(['passive 3:16', 'passive 7:16'])
  })

  it('disable-next-line affects the next line only', async () => {
    const text = [
      'Headline',
      '',
      '<!-- copydesk-disable-next-line passive -->',
      passive,
      passive
    ].join('\n')
    expect(await findings('a.txt', text)).toEqual(['passive 5:16'])
  })

  it('without rule ids, disable turns every rule off', async () => {
    const text = ['Headline', '', '<!-- copydesk-disable -->', passive, ''].join('\n')
    expect(await findings('a.txt', text)).toEqual([])
  })

  it('an unknown rule id in a marker is reported', async () => {
    const text = ['Headline', '', '<!-- copydesk-disable hedgehog -->', passive, ''].join('\n')
    expect(await findings('a.txt', text)).toEqual(['passive 4:16', 'unknown-rule 3:1'])
  })
})

describe('inline control comments in Markdown', () => {
  it('disable, enable and disable-next-line', async () => {
    const markdown = [
      '# Headline',
      '',
      passive,
      '',
      '<!-- copydesk-disable-next-line passive -->',
      passive,
      '',
      '<!-- copydesk-disable passive -->',
      '',
      passive,
      '',
      '<!-- copydesk-enable passive -->',
      '',
      passive,
      ''
    ].join('\n')
    expect(await findings('a.md', markdown)).toEqual(['passive 3:16', 'passive 14:16'])
  })
})

describe('inline control comments in HTML', () => {
  it('disable, enable and disable-next-line', async () => {
    const html = [
      '<h1>Headline</h1>',
      `<p>${passive}</p>`,
      '<!-- copydesk-disable-next-line passive -->',
      `<p>${passive}</p>`,
      '<!-- copydesk-disable passive -->',
      `<p>${passive}</p>`,
      '<!-- copydesk-enable passive -->',
      `<p>${passive}</p>`,
      ''
    ].join('\n')
    expect(await findings('a.html', html)).toEqual(['passive 2:19', 'passive 8:19'])
  })
})
