/**
 * Validation of user config against the rule registry's declared options, naming the key path
 * of the first problem (`rules.readability[1].age: expected a number`). Hand-written: the
 * option specs are a few types, and a schema library would cost start-up time for no gain.
 */
import type {OptionSpec, RuleMeta, SeverityLabel} from '../rule.js'
import type {ConfigFile, PresetName} from './types.js'

/** A problem in user config; `message` starts with the key path. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const severityLabels: readonly SeverityLabel[] = ['off', 'warn', 'error']
export const presetNames: readonly PresetName[] = ['recommended', 'strict']
const configKeys = ['extends', 'rules', 'ignore']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value)
  return typeof value === 'object' ? 'an object' : String(value)
}

/** `base.key`, or `base["odd key"]` when the key is not a plain name. */
function keyPath(base: string, key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return base ? `${base}.${key}` : key
  return `${base}[${JSON.stringify(key)}]`
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ')
}

/** Check the whole config file; returns it typed, or throws `ConfigError`. */
export function validateConfigFile(
  value: unknown,
  rules: ReadonlyMap<string, {meta: RuleMeta}>
): ConfigFile {
  if (!isRecord(value)) {
    throw new ConfigError(`config: expected an object, not ${describe(value)}`)
  }
  for (const key of Object.keys(value)) {
    if (!configKeys.includes(key)) {
      throw new ConfigError(
        `${keyPath('', key)}: unknown key, expected one of ${configKeys.join(', ')}`
      )
    }
  }
  if (value.extends !== undefined && !presetNames.includes(value.extends as PresetName)) {
    throw new ConfigError(
      `extends: expected ${quoteAll(presetNames)}, not ${describe(value.extends)}`
    )
  }
  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore)) {
      throw new ConfigError(`ignore: expected an array of globs, not ${describe(value.ignore)}`)
    }
    value.ignore.forEach((glob: unknown, index) => {
      if (typeof glob !== 'string') {
        throw new ConfigError(`ignore[${index}]: expected a string, not ${describe(glob)}`)
      }
    })
  }
  if (value.rules !== undefined) {
    if (!isRecord(value.rules)) {
      throw new ConfigError(`rules: expected an object, not ${describe(value.rules)}`)
    }
    for (const [id, setting] of Object.entries(value.rules)) {
      const rule = rules.get(id)
      if (!rule) {
        throw new ConfigError(
          `${keyPath('rules', id)}: unknown rule, expected one of ${[...rules.keys()].join(', ')}`
        )
      }
      validateRuleSetting(setting, rule.meta, keyPath('rules', id))
    }
  }
  return value as ConfigFile
}

/** Check `"warn"`, `["error"]` or `["error", {options}]` for one rule. */
export function validateRuleSetting(setting: unknown, meta: RuleMeta, path: string): void {
  if (typeof setting === 'string' || !Array.isArray(setting)) {
    checkSeverity(setting, path)
    return
  }
  if (setting.length === 0 || setting.length > 2) {
    throw new ConfigError(`${path}: expected [severity] or [severity, options]`)
  }
  checkSeverity(setting[0], `${path}[0]`)
  if (setting.length === 2) validateOptions(setting[1], meta, `${path}[1]`)
}

function checkSeverity(value: unknown, path: string): void {
  if (!severityLabels.includes(value as SeverityLabel)) {
    throw new ConfigError(`${path}: expected ${quoteAll(severityLabels)}, not ${describe(value)}`)
  }
}

function validateOptions(value: unknown, meta: RuleMeta, path: string): void {
  if (!isRecord(value)) {
    throw new ConfigError(`${path}: expected an object of options, not ${describe(value)}`)
  }
  const names = Object.keys(meta.options)
  for (const [name, option] of Object.entries(value)) {
    const spec = meta.options[name]
    if (!spec) {
      throw new ConfigError(
        `${keyPath(path, name)}: unknown option, expected ` +
          (names.length > 0 ? `one of ${names.join(', ')}` : 'no options')
      )
    }
    validateOption(option, spec, keyPath(path, name))
  }
}

/** Check one option value against its declared type and bounds. */
export function validateOption(value: unknown, spec: OptionSpec, path: string): void {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ConfigError(`${path}: expected a number, not ${describe(value)}`)
      }
      if (spec.type === 'integer' && !Number.isInteger(value)) {
        throw new ConfigError(`${path}: expected a whole number, not ${value}`)
      }
      if (spec.min !== undefined && value < spec.min) {
        throw new ConfigError(`${path}: expected a number ≥ ${spec.min}, not ${value}`)
      }
      if (spec.max !== undefined && value > spec.max) {
        throw new ConfigError(`${path}: expected a number ≤ ${spec.max}, not ${value}`)
      }
      return
    }
    case 'boolean': {
      if (typeof value !== 'boolean') {
        throw new ConfigError(`${path}: expected true or false, not ${describe(value)}`)
      }
      return
    }
    case 'string': {
      if (typeof value !== 'string') {
        throw new ConfigError(`${path}: expected a string, not ${describe(value)}`)
      }
      if (spec.enum && !spec.enum.includes(value)) {
        throw new ConfigError(`${path}: expected ${quoteAll(spec.enum)}, not ${describe(value)}`)
      }
      return
    }
    case 'string[]': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        throw new ConfigError(`${path}: expected an array of strings, not ${describe(value)}`)
      }
      return
    }
  }
}
