import path from 'node:path'
import {ruleById, rules} from '../../rules/registry.js'
import type {SeverityLabel} from '../rule.js'
import type {ConfigFile, PresetName, ResolvedConfig, ResolvedRule} from './types.js'
import {ConfigError, validateConfigFile} from './validate.js'

/** `recommended`: every rule at its default severity. `strict`: every rule on, as an error. */
function preset(name: PresetName): ResolvedConfig {
  const resolved: Record<string, ResolvedRule> = {}
  for (const {meta} of rules) {
    resolved[meta.id] = {
      severity: name === 'strict' ? 'error' : meta.defaultSeverity,
      options: {}
    }
  }
  return {rules: resolved}
}

/**
 * Resolve a config file's contents (already parsed) into the rules to run: validate, apply
 * the preset, then the file's `rules`, then `overrides` (the CLI's `--rule` flags).
 * `configPath` is where the config was found; its `ignore` globs are relative to its folder.
 * Throws `ConfigError` naming the key path of the first problem.
 */
export function resolveConfig(
  value: unknown,
  overrides: Readonly<Record<string, SeverityLabel>> = {},
  configPath?: string
): ResolvedConfig {
  const config: ConfigFile = validateConfigFile(value ?? {}, ruleById)
  const resolved = preset(config.extends ?? 'recommended')

  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const [severity, options] = Array.isArray(setting)
      ? (setting as [SeverityLabel, Record<string, unknown>?])
      : [setting as SeverityLabel, undefined]
    resolved.rules[id] = {severity, options: options ?? {}}
  }

  for (const [id, severity] of Object.entries(overrides)) {
    const rule = resolved.rules[id]
    if (!rule) throw new ConfigError(`--rule ${id}: unknown rule`)
    rule.severity = severity
  }

  if (config.ignore && config.ignore.length > 0 && configPath) {
    resolved.ignore = {root: path.dirname(configPath), patterns: config.ignore}
  }

  return resolved
}
