import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ruleById} from '../rules/registry.js'
import {resolveConfig} from '../src/config/resolve.js'
import {ConfigError, validateConfigFile} from '../src/config/validate.js'
import {parseMarkerText} from '../src/control/marker.js'

describe('resolveConfig', () => {
  it('recommended (the default) puts every rule at its default severity', () => {
    const resolved = resolveConfig({})
    expect(Object.keys(resolved.rules)).toEqual([...ruleById.keys()])
    for (const [id, rule] of ruleById) {
      expect(resolved.rules[id]).toEqual({severity: rule.meta.defaultSeverity, options: {}})
    }
    expect(resolved.rules.readability).toEqual({severity: 'warn', options: {}})
  })

  it('strict turns every rule on as an error', () => {
    const resolved = resolveConfig({extends: 'strict'})
    for (const id of ruleById.keys()) {
      expect(resolved.rules[id]).toEqual({severity: 'error', options: {}})
    }
  })

  it('rules in the file override the preset; flags override the file', () => {
    const resolved = resolveConfig(
      {extends: 'strict', rules: {passive: 'warn', readability: ['warn', {age: 12}]}},
      {readability: 'off'}
    )
    expect(resolved.rules.readability).toEqual({severity: 'off', options: {age: 12}})
    expect(resolved.rules.passive).toEqual({severity: 'warn', options: {}})
  })

  it('accepts an array with only a severity', () => {
    expect(resolveConfig({rules: {passive: ['error']}}).rules.passive).toEqual({
      severity: 'error',
      options: {}
    })
  })

  it.each([
    [[], 'config: expected an object, not an array'],
    ['warn', 'config: expected an object, not "warn"'],
    [{rules: []}, 'rules: expected an object, not an array'],
    [{rules: {passive: []}}, 'rules.passive: expected [severity] or [severity, options]'],
    [
      {rules: {passive: ['warn', {}, {}]}},
      'rules.passive: expected [severity] or [severity, options]'
    ],
    [{rules: {passive: [2]}}, 'rules.passive[0]: expected "off", "warn", "error", not 2'],
    [
      {rules: {passive: ['warn', 'broken']}},
      'rules.passive[1]: expected an object of options, not "broken"'
    ],
    [
      {rules: {passive: ['warn', {ignore: 'broken'}]}},
      'rules.passive[1].ignore: expected an array of strings, not "broken"'
    ],
    [
      {rules: {readability: ['warn', {minWords: 2.5}]}},
      'rules.readability[1].minWords: expected a whole number, not 2.5'
    ],
    [
      {rules: {readability: ['warn', {threshold: 2}]}},
      'rules.readability[1].threshold: expected a number ≤ 1, not 2'
    ],
    [
      {rules: {readability: ['warn', {age: 0}]}},
      'rules.readability[1].age: expected a number ≥ 1, not 0'
    ],
    [{ignore: 'drafts'}, 'ignore: expected an array of globs, not "drafts"'],
    [{ignore: ['a', 3]}, 'ignore[1]: expected a string, not 3']
  ])('rejects %j: %s', (value, message) => {
    expect(() => resolveConfig(value)).toThrow(new ConfigError(message))
  })
})

/** Any JSON value, biased towards config-like objects. */
const configLike = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      extends: fc.oneof(fc.constantFrom('recommended', 'strict', 'lenient'), fc.jsonValue()),
      rules: fc.dictionary(
        fc.oneof(fc.constantFrom(...ruleById.keys()), fc.string()),
        fc.oneof(
          fc.constantFrom('off', 'warn', 'error', 'on'),
          fc.tuple(
            fc.constantFrom('off', 'warn', 'error'),
            fc.dictionary(fc.string(), fc.jsonValue())
          ),
          fc.jsonValue()
        )
      ),
      ignore: fc.oneof(fc.array(fc.string()), fc.jsonValue())
    },
    {requiredKeys: []}
  )
)

describe('config validation (property)', () => {
  it('any JSON either validates or throws a ConfigError that starts with a key path', () => {
    fc.assert(
      fc.property(configLike, (value) => {
        try {
          validateConfigFile(value, ruleById)
          // Valid configs resolve to every rule with a known severity.
          const resolved = resolveConfig(value)
          expect(Object.keys(resolved.rules).sort()).toEqual([...ruleById.keys()].sort())
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError)
          // Every message starts with the key path of the problem: a plain name, dotted
          // names, indices and quoted odd keys.
          expect((error as ConfigError).message).toMatch(
            /^(config|extends|ignore(\[\d+\])?|rules(\.[\w$-]+|\[".*"\])?(\[[01]\])?(\.[\w$-]+|\[".*"\])?|[A-Za-z_$][\w$-]*|\[".*"\]): /
          )
        }
      }),
      {numRuns: 2000}
    )
  })
})

describe('inline comment markers (property)', () => {
  it('any text parses to nothing or to a copydesk marker with a known verb', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const marker = parseMarkerText(text)
        if (marker === undefined) {
          expect(text).not.toMatch(/^\s*copydesk-(disable|enable)(-next-line)?(\s|$)/)
          return
        }
        expect(marker.name).toBe('copydesk')
        expect(marker.attributes).toMatch(/^(disable|enable|ignore)( |$)/)
      })
    )
  })

  it('rule ids survive separators and a trailing reason', () => {
    const id = fc.stringMatching(/^[a-z][a-z-]{0,15}$/)
    fc.assert(
      fc.property(
        fc.array(id, {minLength: 1, maxLength: 4}),
        fc.constantFrom(' ', ', ', ' ,'),
        (ids, separator) => {
          const marker = parseMarkerText(`copydesk-disable ${ids.join(separator)} -- why`)
          expect(marker?.attributes.split(/\s+/)).toEqual(['disable', ...ids])
        }
      )
    )
  })
})
