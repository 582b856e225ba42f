import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import type * as Sarif from 'sarif'
import {describe, expect, it} from 'vitest'
import {informationUri, sarif, sarifSchemaUri} from '../src/reporters/sarif.js'
import type {LintResult, ReportContext} from '../src/reporters/types.js'
import {message, result} from './helpers/results.js'

/*
 * tests/fixtures/sarif/sarif-2.1.0.json is the SARIF 2.1.0 JSON schema as shipped in the npm
 * package @microsoft/sarif-multitool-linux@5.7.0 (microsoft/sarif-sdk, MIT licence; the schema
 * is the OASIS SARIF 2.1.0 standard's, © OASIS Open), with LF line endings and prettier's
 * formatting, its JSON value unchanged. That copy declares JSON Schema 2020-12, hence
 * `ajv/dist/2020`; the copy OASIS publishes declares draft-07. See the README beside it.
 */
const schema = JSON.parse(
  readFileSync(new URL('fixtures/sarif/sarif-2.1.0.json', import.meta.url), 'utf8')
) as object
const ajv = new Ajv2020({strict: true, strictRequired: false, allErrors: true})
formats.default(ajv)
const validate = ajv.compile(schema)

function expectValid(log: unknown): void {
  expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)
}

const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

const docs = 'https://github.com/copydesk/copydesk/blob/main/rules/'

const context: ReportContext = {
  cwd: '/work/newsroom',
  color: false,
  rules: new Map([
    ['passive', {description: 'Prefer the active voice.', url: docs + 'passive/README.md'}],
    ['readability', {description: 'Keep sentences readable.', url: docs + 'readability/README.md'}],
    ['quotes', {description: 'Attribute every quote.', url: docs + 'quotes/README.md'}]
  ])
}

const results: LintResult[] = [
  result('/work/newsroom/stories/budget vote.md', [
    message({
      ruleId: 'passive',
      severity: 1,
      message: 'Don’t use the passive voice: “was approved”',
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 17,
      offset: 40,
      endOffset: 52
    }),
    message({
      ruleId: 'readability',
      severity: 0,
      message: 'Hard to read paragraph (grade 14)',
      line: 5,
      column: 1,
      endLine: 7,
      endColumn: 20,
      offset: 80,
      endOffset: 190
    }),
    message({
      ruleId: 'house-style',
      severity: 2,
      message: 'Write “per cent”, not “%”',
      line: 9,
      column: 12,
      endLine: 9,
      endColumn: 13,
      offset: 230,
      endOffset: 231,
      url: 'https://example.com/style/house-style'
    })
  ]),
  result('/work/newsroom/stories/sport/derby#2.md', [
    message({
      ruleId: 'passive',
      severity: 2,
      message: 'Don’t use the passive voice: “was beaten”',
      line: 2,
      column: 8,
      endLine: 2,
      endColumn: 18,
      offset: 30,
      endOffset: 40
    })
  ]),
  result('/work/other/wire.txt', [
    message({ruleId: null, severity: 2, message: 'Cannot read file: EACCES: permission denied'})
  ]),
  result('/work/newsroom/clean.md', [])
]

function parse(text: string): Sarif.Log {
  return JSON.parse(text) as Sarif.Log
}

function run(log: Sarif.Log): Sarif.Run {
  expect(log.runs).toHaveLength(1)
  return log.runs[0]!
}

describe('sarif formatter', () => {
  const text = sarif(results, context)
  const log = parse(text)

  it('is valid against the SARIF 2.1.0 schema', () => {
    expectValid(log)
    expectValid(parse(sarif([], context)))
  })

  it('has a schema that rejects what SARIF does not allow', () => {
    const broken = parse(text)
    run(broken).results![0]!.level = 'warn' as Sarif.Result.level
    expect(validate(broken)).toBe(false)
    const noStart = parse(text)
    run(noStart).results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0
    expect(validate(noStart)).toBe(false)
    const rawSpace = parse(text)
    run(rawSpace).artifacts![0]!.location!.uri = 'stories/budget vote.md'
    expect(validate(rawSpace)).toBe(false)
  })

  it('prints JSON with two-space indentation and a final newline', () => {
    expect(text).toBe(JSON.stringify(log, null, 2) + '\n')
    expect(text.startsWith('{\n  "$schema": ')).toBe(true)
    expect(text.endsWith('\n}\n')).toBe(true)
  })

  it('prints the whole log', () => {
    const passive = {
      id: 'passive',
      shortDescription: {text: 'Prefer the active voice.'},
      helpUri: docs + 'passive/README.md'
    }
    const budget = {uri: 'stories/budget%20vote.md', uriBaseId: '%SRCROOT%'}
    const derby = {uri: 'stories/sport/derby%232.md', uriBaseId: '%SRCROOT%'}
    const wire = {uri: '../other/wire.txt', uriBaseId: '%SRCROOT%'}
    const clean = {uri: 'clean.md', uriBaseId: '%SRCROOT%'}
    const expected: Sarif.Log = {
      $schema: sarifSchemaUri,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'copydesk',
              informationUri,
              version: packageVersion,
              rules: [
                {id: 'house-style', helpUri: 'https://example.com/style/house-style'},
                passive,
                {
                  id: 'readability',
                  shortDescription: {text: 'Keep sentences readable.'},
                  helpUri: docs + 'readability/README.md'
                }
              ]
            }
          },
          originalUriBaseIds: {'%SRCROOT%': {uri: 'file:///work/newsroom/'}},
          artifacts: [
            {location: budget, roles: ['analysisTarget']},
            {location: derby, roles: ['analysisTarget']},
            {location: wire, roles: ['analysisTarget']},
            {location: clean, roles: ['analysisTarget']}
          ],
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'passive',
              ruleIndex: 1,
              level: 'warning',
              message: {text: 'Don’t use the passive voice: “was approved”'},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {...budget, index: 0},
                    region: {
                      startLine: 3,
                      startColumn: 5,
                      endLine: 3,
                      endColumn: 17,
                      charOffset: 40,
                      charLength: 12
                    }
                  }
                }
              ]
            },
            {
              ruleId: 'readability',
              ruleIndex: 2,
              level: 'note',
              message: {text: 'Hard to read paragraph (grade 14)'},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {...budget, index: 0},
                    region: {
                      startLine: 5,
                      startColumn: 1,
                      endLine: 7,
                      endColumn: 20,
                      charOffset: 80,
                      charLength: 110
                    }
                  }
                }
              ]
            },
            {
              ruleId: 'house-style',
              ruleIndex: 0,
              level: 'error',
              message: {text: 'Write “per cent”, not “%”'},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {...budget, index: 0},
                    region: {
                      startLine: 9,
                      startColumn: 12,
                      endLine: 9,
                      endColumn: 13,
                      charOffset: 230,
                      charLength: 1
                    }
                  }
                }
              ]
            },
            {
              ruleId: 'passive',
              ruleIndex: 1,
              level: 'error',
              message: {text: 'Don’t use the passive voice: “was beaten”'},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {...derby, index: 1},
                    region: {
                      startLine: 2,
                      startColumn: 8,
                      endLine: 2,
                      endColumn: 18,
                      charOffset: 30,
                      charLength: 10
                    }
                  }
                }
              ]
            },
            {
              level: 'error',
              message: {text: 'Cannot read file: EACCES: permission denied'},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {...wire, index: 2},
                    region: {
                      startLine: 1,
                      startColumn: 1,
                      endLine: 1,
                      endColumn: 1,
                      charOffset: 0,
                      charLength: 0
                    }
                  }
                }
              ]
            }
          ]
        }
      ]
    }
    expect(log).toEqual(expected)
  })

  it('maps severity 2, 1, 0 to error, warning, note', () => {
    const levels = run(log).results!.map((r) => [r.message.text, r.level])
    expect(levels).toEqual([
      ['Don’t use the passive voice: “was approved”', 'warning'],
      ['Hard to read paragraph (grade 14)', 'note'],
      ['Write “per cent”, not “%”', 'error'],
      ['Don’t use the passive voice: “was beaten”', 'error'],
      ['Cannot read file: EACCES: permission denied', 'error']
    ])
  })

  it('describes only the rules that reported, each once, with ruleIndex pointing at it', () => {
    const {driver} = run(log).tool
    expect(driver.rules!.map((rule) => rule.id)).toEqual(['house-style', 'passive', 'readability'])
    for (const r of run(log).results!) {
      if (r.ruleId === undefined) continue
      expect(driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId)
    }
    expect(driver.rules![1]!.helpUri).toBe(
      'https://github.com/copydesk/copydesk/blob/main/rules/passive/README.md'
    )
  })

  it('reports a message without a rule as a result without ruleId and no descriptor', () => {
    const lone = parse(sarif([results[2]!], context))
    expectValid(lone)
    const only = run(lone)
    expect(only.tool.driver.rules).toEqual([])
    expect(only.results).toHaveLength(1)
    expect(only.results![0]).not.toHaveProperty('ruleId')
    expect(only.results![0]).not.toHaveProperty('ruleIndex')
    expect(only.results![0]!.message.text).toBe('Cannot read file: EACCES: permission denied')
  })

  it('makes URIs relative to context.cwd, whatever the process folder', () => {
    const relative = parse(
      sarif([result('notes/brief.md', [message({ruleId: 'passive'})])], context)
    )
    expectValid(relative)
    expect(run(relative).artifacts![0]!.location).toEqual({
      uri: 'notes/brief.md',
      uriBaseId: '%SRCROOT%'
    })
    const elsewhere = parse(sarif(results, {...context, cwd: '/work'}))
    expect(run(elsewhere).artifacts!.map((artifact) => artifact.location!.uri)).toEqual([
      'newsroom/stories/budget%20vote.md',
      'newsroom/stories/sport/derby%232.md',
      'other/wire.txt',
      'newsroom/clean.md'
    ])
  })

  it('lists a file linted twice as one artifact', () => {
    const twice = parse(
      sarif(
        [
          result('/work/newsroom/a.md', [message({ruleId: 'passive'})]),
          result('/work/newsroom/a.md', [message({ruleId: 'quotes'})])
        ],
        context
      )
    )
    expectValid(twice)
    expect(run(twice).artifacts).toEqual([
      {location: {uri: 'a.md', uriBaseId: '%SRCROOT%'}, roles: ['analysisTarget']}
    ])
    expect(
      run(twice).results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.index)
    ).toEqual([0, 0])
  })

  it('prints an empty run for no results', () => {
    expect(parse(sarif([], context))).toEqual({
      $schema: sarifSchemaUri,
      version: '2.1.0',
      runs: [
        {
          tool: {driver: {name: 'copydesk', informationUri, version: packageVersion, rules: []}},
          originalUriBaseIds: {'%SRCROOT%': {uri: 'file:///work/newsroom/'}},
          artifacts: [],
          columnKind: 'utf16CodeUnits',
          results: []
        }
      ]
    })
  })
})
