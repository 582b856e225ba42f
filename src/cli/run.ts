import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import {ruleById, rules} from '../../rules/registry.js'
import {ConfigError, severityLabels} from '../config/validate.js'
import {lintFiles} from '../engine.js'
import {supportedExtensions} from '../parse/input-kind.js'
import {formatters} from '../reporters/index.js'
import {toResults} from '../reporters/to-results.js'
import type {LintResult} from '../reporters/types.js'
import type {SeverityLabel} from '../rule.js'
import {version} from '../version.js'
import {findIgnorePatterns} from './ignore-from-config.js'
import type {FormatName} from './options.js'
import {formats, helpText, parseArgsOptions} from './options.js'

export interface CliIo {
  cwd: string
  stdin: Readable
  stdout: Writable
  stderr: Writable
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean
}

/** Bad command-line usage: reported as one line, exit code 2, nothing linted. */
class UsageError extends Error {}

interface CliSettings {
  files: string[]
  format: FormatName
  configPath?: string
  ruleOverrides: Record<string, SeverityLabel>
  quiet: boolean
  maxWarnings: number
  color: boolean
  stdinFilename?: string
}

/** Run the command line; resolves to the exit code (0 clean, 1 findings fail, 2 problems). */
export async function run(argv: readonly string[], io: CliIo): Promise<0 | 1 | 2> {
  let settings: CliSettings
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: parseArgsOptions(),
      allowPositionals: true,
      allowNegative: true,
      strict: true
    })
    const values = parsed.values as Record<string, string | boolean | string[] | undefined>
    if (values.help) {
      io.stdout.write(helpText(version))
      return 0
    }
    if (values.version) {
      io.stdout.write(version + '\n')
      return 0
    }
    if (values['list-rules']) {
      io.stdout.write(listRules())
      return 0
    }
    settings = toSettings(values, parsed.positionals, io)
  } catch (error) {
    io.stderr.write(`copydesk: ${usageMessage(error)}\n`)
    return 2
  }

  const files = await lintFiles({
    files: settings.files.filter((file) => file !== '-'),
    cwd: io.cwd,
    configPath: settings.configPath,
    ruleOverrides: settings.ruleOverrides,
    ignorePatterns: findIgnorePatterns(io.cwd, settings.configPath),
    stdin: io.stdin,
    stdinFilename: settings.stdinFilename
  })

  const results = toResults(files, io.cwd)
  const problems = runProblems(results, io.cwd)
  for (const problem of problemsForEmptyFolders(settings.files, results, io.cwd)) {
    problems.push(problem)
  }

  const shown = settings.quiet ? onlyErrors(results) : results
  const rulesForReport = new Map(
    rules.map(({meta}) => [meta.id, {description: meta.description, url: meta.url}])
  )
  io.stdout.write(
    formatters[settings.format](shown, {cwd: io.cwd, color: settings.color, rules: rulesForReport})
  )
  for (const problem of new Set(problems)) io.stderr.write(`copydesk: ${problem}\n`)

  if (problems.length > 0) return 2
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  if (errors > 0) return 1
  if (settings.maxWarnings >= 0 && warnings > settings.maxWarnings) {
    io.stderr.write(
      `copydesk: ${warnings} warnings, more than --max-warnings ${settings.maxWarnings}\n`
    )
    return 1
  }
  return 0
}

function toSettings(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: string[],
  io: CliIo
): CliSettings {
  const format = (values.format as string | undefined) ?? 'stylish'
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format: expected one of ${formats.join(', ')}, not ${JSON.stringify(format)}`
    )
  }

  const ruleOverrides: Record<string, SeverityLabel> = {}
  for (const flag of (values.rule as string[] | undefined) ?? []) {
    const [id, severity] = flag.split('=')
    if (!id || !ruleById.has(id)) {
      throw new UsageError(
        `--rule ${flag}: unknown rule ${JSON.stringify(id)}, expected one of ${[...ruleById.keys()].join(', ')}`
      )
    }
    if (!severityLabels.includes(severity as SeverityLabel)) {
      throw new UsageError(`--rule ${flag}: expected ${id}=off, ${id}=warn or ${id}=error`)
    }
    ruleOverrides[id] = severity as SeverityLabel
  }

  let maxWarnings = -1
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'] as string
    maxWarnings = Number(raw)
    if (!/^\d+$/.test(raw)) {
      throw new UsageError(
        `--max-warnings: expected a whole number ≥ 0, not ${JSON.stringify(raw)}`
      )
    }
  }

  const configPath = values.config as string | undefined
  if (configPath !== undefined && !existsSync(path.resolve(io.cwd, configPath))) {
    throw new UsageError(`--config ${configPath}: no such file`)
  }

  const files = positionals.length > 0 ? positionals : ['.']
  const stdinFilename = values['stdin-filename'] as string | undefined
  if (files.includes('-') && files.length > 1) {
    throw new UsageError('-: standard input cannot be linted together with files')
  }

  return {
    files,
    format: format as FormatName,
    configPath,
    ruleOverrides,
    quiet: values.quiet === true,
    maxWarnings,
    color: (values.color as boolean | undefined) ?? io.isTTY,
    stdinFilename: files.includes('-') ? (stdinFilename ?? 'stdin.txt') : undefined
  }
}

function usageMessage(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigError) return error.message
  // parseArgs errors read "Unknown option '--x'. To specify ..."; keep the first sentence.
  const message = error instanceof Error ? error.message : String(error)
  return message.split('. ')[0]!.replace(/\.$/, '') + '; see --help'
}

/**
 * Messages that are not findings but problems running copydesk on a file: missing or
 * unreadable files, bad encoding, bad config. Each becomes one line on stderr.
 */
function runProblems(results: readonly LintResult[], cwd: string): string[] {
  const problems: string[] = []
  for (const result of results) {
    for (const message of result.messages) {
      if (message.severity !== 2 || (message.ruleId && ruleById.has(message.ruleId))) continue
      // A bad config names itself; the same config may serve many files, so the CLI prints
      // each distinct problem once.
      const where = path.relative(cwd, result.filePath) || result.filePath
      problems.push(message.ruleId === 'config' ? message.message : `${where}: ${message.message}`)
    }
  }
  return problems
}

/** ESLint's "No files matching": a folder named on the command line with nothing to lint. */
function problemsForEmptyFolders(
  given: readonly string[],
  results: readonly LintResult[],
  cwd: string
): string[] {
  const problems: string[] = []
  for (const arg of given) {
    if (arg === '-') continue
    const folder = path.resolve(cwd, arg)
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue
    const inside = results.some(
      (result) => !path.relative(folder, result.filePath).startsWith('..')
    )
    if (!inside) {
      problems.push(
        `${arg}: no files to lint (looked for ${supportedExtensions.map((ext) => '.' + ext).join(', ')})`
      )
    }
  }
  return problems
}

function onlyErrors(results: readonly LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0
  }))
}

function listRules(): string {
  const width = Math.max(...rules.map(({meta}) => meta.id.length)) + 2
  return (
    rules
      .map(
        ({meta}) => `${meta.id.padEnd(width)}${meta.defaultSeverity.padEnd(7)}${meta.description}`
      )
      .join('\n') + '\n'
  )
}
