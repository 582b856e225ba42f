import type {SeverityLabel} from '../rule.js'

/** A config file as users write it (`.copydeskrc.json`, `.copydeskrc.yaml`, package.json). */
export interface ConfigFile {
  extends?: PresetName
  rules?: Record<string, unknown>
  ignore?: string[]
}

export type PresetName = 'recommended' | 'strict'

/** One rule after presets, config file and `--rule` flags are merged. */
export interface ResolvedRule {
  severity: SeverityLabel
  options: Record<string, unknown>
}

/** What the linter runs with: every known rule, on or off. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>
  /** Files to skip: gitignore-style `patterns`, relative to `root` (the config's folder). */
  ignore?: {root: string; patterns: string[]}
}
