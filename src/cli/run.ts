import {writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import type {VFile} from 'vfile'
import {rules} from '../../rules/registry.js'
import {lintFiles} from '../engine.js'
import {formatters} from '../reporters/index.js'
import {toResults} from '../reporters/to-results.js'
import type {LintResult} from '../reporters/types.js'
import {version} from '../version.js'
import {helpText} from './options.js'
import {runProblems} from './problems.js'
import type {CliSettings} from './settings.js'
import {parseCommandLine, usageMessage} from './settings.js'
import {gatherInputs, onChangedLines} from './inputs.js'
import {createProgress} from './progress.js'
import {LintCache} from '../run/cache.js'
import {createExecutor} from '../run/executor.js'

export interface CliIo {
  cwd: string
  stdin: Readable
  stdout: Writable
  stderr: Writable
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean
  /** Whether a person watches: stdout and stderr are terminals and `CI` is unset (progress). */
  interactive?: boolean
}

/** Run the command line; resolves to the exit code (0 clean, 1 findings fail, 2 problems). */
export async function run(argv: readonly string[], io: CliIo): Promise<0 | 1 | 2> {
  let settings: CliSettings
  try {
    const request = parseCommandLine(argv, io.cwd, io.isTTY)
    if (request.action === 'help') return print(io, helpText(version))
    if (request.action === 'version') return print(io, version + '\n')
    if (request.action === 'list-rules') return print(io, listRules())
    settings = request.settings
  } catch (error) {
    io.stderr.write(`copydesk: ${usageMessage(error)}\n`)
    return 2
  }

  const problems: string[] = []
  const inputs = await gatherInputs(settings, io, problems)
  if (inputs === undefined) {
    for (const problem of problems) io.stderr.write(`copydesk: ${problem}\n`)
    return 2
  }
  if (settings.changed && inputs.files.length === 0) {
    io.stderr.write('copydesk: --changed: no changed files to lint\n')
  }

  const files = await lintInputs(settings, io, inputs.files)
  let results = toResults(files, io.cwd)
  if (inputs.changedLines) results = onChangedLines(results, inputs.changedLines)
  problems.push(...runProblems(inputs.given, results, io.cwd))

  // `--quiet` shows errors only, and then warnings do not count against --max-warnings.
  const shown = settings.quiet ? onlyErrors(results) : results
  const rulesForReport = new Map(
    rules.map(({meta}) => [meta.id, {description: meta.description, url: meta.url}])
  )
  const sources = new Map(files.map((file) => [path.resolve(file.cwd, file.path), String(file)]))
  const report = formatters[settings.format](shown, {
    cwd: io.cwd,
    color: settings.color && !settings.output,
    rules: rulesForReport,
    source: (filePath) => sources.get(filePath)
  })
  if (settings.output) {
    const problem = writeReport(path.resolve(io.cwd, settings.output), report, sources)
    if (problem) problems.push(problem)
  } else {
    io.stdout.write(report)
  }
  for (const problem of problems) io.stderr.write(`copydesk: ${problem}\n`)

  if (problems.length > 0) return 2
  const errors = shown.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = shown.reduce((sum, result) => sum + result.warningCount, 0)
  if (errors > 0) return 1
  if (settings.maxWarnings >= 0 && warnings > settings.maxWarnings) {
    const counted = warnings === 1 ? '1 warning' : `${warnings} warnings`
    io.stderr.write(`copydesk: ${counted}, more than --max-warnings ${settings.maxWarnings}\n`)
    return 1
  }
  return 0
}

/** Lint with unified-engine, through a worker pool past a few files, and the cache. */
async function lintInputs(
  settings: CliSettings,
  io: CliIo,
  files: Array<string | VFile>
): Promise<VFile[]> {
  if (files.length === 0) return []
  const run = createExecutor(settings.jobs)
  const cache = settings.cacheLocation
    ? LintCache.load(path.resolve(io.cwd, settings.cacheLocation))
    : undefined
  const progress = createProgress(io.stderr, io.interactive === true)
  try {
    return await lintFiles({
      files,
      cwd: io.cwd,
      configPath: settings.configPath,
      ruleOverrides: settings.ruleOverrides,
      delegate: {executor: run.executor, cache, onFile: progress?.onFile}
    })
  } finally {
    progress?.done()
    await run.close()
    const failure = run.failure()
    // Nothing is lost (see createPool), but a slower run deserves a reason.
    if (failure) io.stderr.write(`copydesk: --jobs: ${failure.message}; linted in one thread\n`)
    cache?.save()
  }
}

/**
 * `--output FILE`: write the report. copydesk never writes the files it reads, so a report
 * aimed at one of them is refused.
 */
function writeReport(
  target: string,
  report: string,
  sources: ReadonlyMap<string, string>
): string | undefined {
  if (sources.has(target)) {
    return `--output ${target}: is a file being linted; copydesk never overwrites its input`
  }
  try {
    writeFileSync(target, report)
  } catch (error) {
    return `--output ${target}: ${(error as NodeJS.ErrnoException).code ?? 'cannot write'}`
  }
  return undefined
}

function print(io: CliIo, text: string): 0 {
  io.stdout.write(text)
  return 0
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
