import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, github} from '../src/reporters/github.js'
import type {ReportContext} from '../src/reporters/types.js'
import {message, result} from './helpers/results.js'

const context: ReportContext = {
  cwd: '/work/newsroom',
  color: false,
  rules: new Map([
    [
      'passive',
      {
        description: 'Prefer the active voice.',
        url: 'https://github.com/copydesk/copydesk/blob/main/rules/passive/README.md'
      }
    ]
  ])
}

describe('github formatter', () => {
  it('prints one command per message, error, warning and notice', () => {
    const results = [
      result('/work/newsroom/stories/budget.md', [
        message({
          ruleId: 'passive',
          severity: 2,
          message: 'Don’t use the passive voice',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 17
        }),
        message({
          ruleId: 'passive',
          severity: 1,
          message: 'Passive again',
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 9
        }),
        message({
          ruleId: 'readability',
          severity: 0,
          message: 'Grade 9',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 40
        })
      ]),
      result('/work/newsroom/clean.md', []),
      result('/work/newsroom/notes/wire.txt', [
        message({
          ruleId: 'quotes',
          severity: 1,
          message: 'Unattributed quote',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 30
        })
      ])
    ]
    expect(github(results, context)).toBe(
      [
        '::error file=stories/budget.md,line=3,endLine=3,col=5,endColumn=17,title=passive::Don’t use the passive voice',
        '::warning file=stories/budget.md,line=4,endLine=4,col=2,endColumn=9,title=passive::Passive again',
        '::notice file=stories/budget.md,line=6,endLine=6,col=1,endColumn=40,title=readability::Grade 9',
        '::warning file=notes/wire.txt,line=10,endLine=10,col=3,endColumn=30,title=quotes::Unattributed quote',
        ''
      ].join('\n')
    )
  })

  it('leaves columns out of a message that spans lines', () => {
    const results = [
      result('/work/newsroom/a.md', [
        message({
          ruleId: 'readability',
          severity: 0,
          message: 'Hard to read',
          line: 5,
          column: 3,
          endLine: 7,
          endColumn: 20
        })
      ])
    ]
    expect(github(results, context)).toBe(
      '::notice file=a.md,line=5,endLine=7,title=readability::Hard to read\n'
    )
  })

  it('escapes %, CR and LF in the message, and also : and , in file and title', () => {
    const results = [
      result('/work/newsroom/news: 50%, or more\r\n.md', [
        message({
          ruleId: 'house:style,v2%',
          severity: 2,
          message: '100% sure:\r\nsay “per cent”, not %, here',
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 5
        })
      ])
    ]
    expect(github(results, context)).toBe(
      '::error file=news%3A 50%25%2C or more%0D%0A.md,line=2,endLine=2,col=4,endColumn=5,' +
        'title=house%3Astyle%2Cv2%25::100%25 sure:%0D%0Asay “per cent”, not %25, here\n'
    )
  })

  it('titles a message without a rule “copydesk”', () => {
    const results = [
      result('/work/newsroom/locked.md', [
        message({ruleId: null, severity: 2, message: 'Cannot read file: EACCES'})
      ])
    ]
    expect(github(results, context)).toBe(
      '::error file=locked.md,line=1,endLine=1,col=1,endColumn=1,title=copydesk::Cannot read file: EACCES\n'
    )
  })

  it('makes paths relative to context.cwd, with forward slashes', () => {
    const results = [
      result('notes/brief.md', [message({ruleId: 'passive'})]),
      result('/work/other/wire.txt', [message({ruleId: 'passive'})])
    ]
    expect(github(results, context)).toBe(
      [
        '::warning file=notes/brief.md,line=1,endLine=1,col=1,endColumn=1,title=passive::Something to fix',
        '::warning file=../other/wire.txt,line=1,endLine=1,col=1,endColumn=1,title=passive::Something to fix',
        ''
      ].join('\n')
    )
  })

  it('prints nothing when there are no messages', () => {
    expect(github([], context)).toBe('')
    expect(github([result('/work/newsroom/clean.md', [])], context)).toBe('')
  })

  it('escapes as @actions/core does', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f')
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf')
    expect(escapeData('%0A')).toBe('%250A')
  })
})
