import {existsSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {ruleById} from '../../rules/registry.js'
import {severityLabels} from '../config/validate.js'
import type {SeverityLabel} from '../rule.js'
import type {FormatName} from './options.js'
import {formats, parseArgsOptions} from './options.js'

/** Bad command-line usage: reported as one line, exit code 2, nothing linted. */
export class UsageError extends Error {}

export type CliRequest =
  | {action: 'help'}
  | {action: 'version'}
  | {action: 'list-rules'}
  | {action: 'lint'; settings: CliSettings}

export interface CliSettings {
  /** Paths, folders and globs; `['-']` for standard input. */
  files: string[]
  format: FormatName
  /** `--output FILE`: where the report goes instead of stdout. */
  output?: string
  configPath?: string
  ruleOverrides: Record<string, SeverityLabel>
  quiet: boolean
  /** -1: no limit. */
  maxWarnings: number
  color: boolean
  /** Name of standard input, when `files` is `['-']`. */
  stdinFilename?: string
  /** `--changed[=BASE]`: the base, or `true` for the default. */
  changed?: string | true
  changedLines: boolean
  jobs: number
  /** `--cache`: where the cache file is. */
  cacheLocation?: string
}

type Values = Record<string, string | boolean | string[] | undefined>

/** Parse argv into what to do; throws `UsageError` (or parseArgs' error) on bad usage. */
export function parseCommandLine(argv: readonly string[], cwd: string, isTTY: boolean): CliRequest {
  // `--changed` takes an optional value, which parseArgs cannot express: `--changed=BASE`
  // is taken apart here, and a bare `--changed` means the default base.
  let changedBase: string | undefined
  const args = argv.map((arg) => {
    if (!arg.startsWith('--changed=')) return arg
    changedBase = arg.slice('--changed='.length)
    if (!changedBase) throw new UsageError('--changed=: expected a git revision after =')
    return '--changed'
  })
  const parsed = parseArgs({
    args,
    options: parseArgsOptions(),
    allowPositionals: true,
    allowNegative: true,
    strict: true
  })
  const values = parsed.values as Values
  for (const [name, value] of Object.entries(values)) {
    // parseArgs allows `--no-X` for every boolean; only colour has a meaningful "no".
    if (value === false && name !== 'color') throw new UsageError(`--no-${name}: unknown option`)
  }
  if (values.help) return {action: 'help'}
  if (values.version) return {action: 'version'}
  if (values['list-rules']) return {action: 'list-rules'}

  const files = parsed.positionals.length > 0 ? parsed.positionals : ['.']
  const stdin = files.includes('-')
  if (stdin && files.length > 1) {
    throw new UsageError('-: standard input cannot be linted together with files')
  }
  const stdinFilename = values['stdin-filename'] as string | undefined
  if (stdinFilename !== undefined && !stdin) {
    throw new UsageError('--stdin-filename: only with - (standard input)')
  }

  return {
    action: 'lint',
    settings: {
      files,
      format: parseFormat(values.format as string | undefined),
      output: values.output as string | undefined,
      configPath: parseConfigPath(values.config as string | undefined, cwd),
      ruleOverrides: parseRuleFlags((values.rule as string[] | undefined) ?? []),
      quiet: values.quiet === true,
      maxWarnings: parseMaxWarnings(values['max-warnings'] as string | undefined),
      color: (values.color as boolean | undefined) ?? isTTY,
      stdinFilename: stdin ? (stdinFilename ?? 'stdin.txt') : undefined,
      changed: values.changed ? (changedBase ?? true) : undefined,
      changedLines: parseChangedLines(values, stdin),
      jobs: parseJobs(values.jobs as string | undefined),
      cacheLocation: parseCache(values)
    }
  }
}

function parseChangedLines(values: Values, stdin: boolean): boolean {
  if (values.changed && stdin) throw new UsageError('--changed: not with - (standard input)')
  if (values['changed-lines'] && !values.changed) {
    throw new UsageError('--changed-lines: only with --changed')
  }
  return values['changed-lines'] === true
}

function parseJobs(raw: string | undefined): number {
  if (raw === undefined) return availableParallelism()
  if (!/^[1-9]\d*$/.test(raw)) {
    throw new UsageError(`--jobs: expected a whole number ≥ 1, not ${JSON.stringify(raw)}`)
  }
  return Number(raw)
}

function parseCache(values: Values): string | undefined {
  const location = values['cache-location'] as string | undefined
  if (location !== undefined && !values.cache) {
    throw new UsageError('--cache-location: only with --cache')
  }
  return values.cache ? (location ?? '.copydeskcache') : undefined
}

function parseFormat(format = 'stylish'): FormatName {
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format: expected one of ${formats.join(', ')}, not ${JSON.stringify(format)}`
    )
  }
  return format as FormatName
}

function parseConfigPath(configPath: string | undefined, cwd: string): string | undefined {
  if (configPath === undefined) return undefined
  const full = path.resolve(cwd, configPath)
  if (!existsSync(full)) throw new UsageError(`--config ${configPath}: no such file`)
  if (!statSync(full).isFile()) throw new UsageError(`--config ${configPath}: not a file`)
  return configPath
}

/** `--rule ID=SEVERITY`, repeatable; the last one for a rule wins. */
export function parseRuleFlags(flags: readonly string[]): Record<string, SeverityLabel> {
  const overrides: Record<string, SeverityLabel> = {}
  for (const flag of flags) {
    const match = /^([^=]*)=([^=]*)$/.exec(flag)
    const id = match ? match[1]! : flag
    if (!ruleById.has(id)) {
      throw new UsageError(
        `--rule ${flag}: unknown rule ${JSON.stringify(id)}, expected one of ${[...ruleById.keys()].join(', ')}`
      )
    }
    const severity = match?.[2] as SeverityLabel | undefined
    if (!severity || !severityLabels.includes(severity)) {
      throw new UsageError(`--rule ${flag}: expected ${id}=off, ${id}=warn or ${id}=error`)
    }
    overrides[id] = severity
  }
  return overrides
}

function parseMaxWarnings(raw: string | undefined): number {
  if (raw === undefined) return -1
  if (!/^\d+$/.test(raw)) {
    throw new UsageError(`--max-warnings: expected a whole number ≥ 0, not ${JSON.stringify(raw)}`)
  }
  return Number(raw)
}

/** One line for a usage problem: parseArgs' own messages run to several sentences. */
export function usageMessage(error: unknown): string {
  if (error instanceof UsageError) return error.message
  const message = error instanceof Error ? error.message : String(error)
  return firstLine(message).split('. ')[0]!.replace(/\.$/, '') + '; see --help'
}

export function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]!.trim()
}
