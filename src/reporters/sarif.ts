import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type * as Sarif from 'sarif'
import {version} from '../version.js'
import type {Formatter, LintMessage, LintResult, Severity} from './types.js'

/** The published JSON schema of SARIF 2.1.0 (OASIS standard, errata 01). */
export const sarifSchemaUri =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** `tool.driver.informationUri`: where a reader of the log finds out what copydesk is. */
export const informationUri = 'https://github.com/copydesk/copydesk'

/** The base id every artifact URI is relative to: the folder paths are shown relative to. */
export const srcRoot = '%SRCROOT%'

const levels: Record<Severity, Sarif.Result.level> = {2: 'error', 1: 'warning', 0: 'note'}

/**
 * `--format sarif`: one SARIF 2.1.0 log with one run, for code-scanning tools (GitHub code
 * scanning among them). `tool.driver.rules` lists only the rules that reported something;
 * messages without a rule (a file that could not be read) are results without `ruleId`.
 * Artifact URIs are relative to `context.cwd`, under the base id `%SRCROOT%`; columns count
 * UTF-16 code units, as every position in the results does.
 */
export const sarif: Formatter = (results, context) => {
  const ruleIds = [
    ...new Set(
      results.flatMap((result) =>
        result.messages.flatMap((message) => (message.ruleId === null ? [] : [message.ruleId]))
      )
    )
  ].sort()
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  const rules = ruleIds.map((id): Sarif.ReportingDescriptor => {
    const descriptor: Sarif.ReportingDescriptor = {id}
    const meta = context.rules.get(id)
    const helpUri = meta?.url ?? firstUrl(results, id)
    if (meta?.description) descriptor.shortDescription = {text: meta.description}
    if (helpUri) descriptor.helpUri = helpUri
    return descriptor
  })

  const artifacts: Sarif.Artifact[] = []
  const artifactIndex = new Map<string, number>()
  const sarifResults: Sarif.Result[] = []

  for (const result of results) {
    const location = artifactLocation(result, context.cwd)
    const key = (location.uriBaseId ?? '') + ' ' + location.uri
    let index = artifactIndex.get(key)
    if (index === undefined) {
      index = artifacts.length
      artifactIndex.set(key, index)
      artifacts.push({location, roles: ['analysisTarget']})
    }

    for (const message of result.messages) {
      sarifResults.push(toResult(message, {...location, index}, ruleIndex))
    }
  }

  const driver: Sarif.ToolComponent = {name: 'copydesk', informationUri}
  driver.version = version
  driver.rules = rules

  const log: Sarif.Log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver},
        // Where `%SRCROOT%` is: a consumer resolves each relative artifact URI against it.
        originalUriBaseIds: {[srcRoot]: {uri: pathToFileURL(context.cwd + path.sep).href}},
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function toResult(
  message: LintMessage,
  location: Sarif.ArtifactLocation,
  ruleIndex: ReadonlyMap<string, number>
): Sarif.Result {
  const physicalLocation: Sarif.PhysicalLocation = {artifactLocation: location}
  if (message.line >= 1 && message.column >= 1) physicalLocation.region = region(message)
  const rule =
    message.ruleId === null
      ? {}
      : {ruleId: message.ruleId, ruleIndex: ruleIndex.get(message.ruleId)}
  return {
    ...rule,
    level: levels[message.severity],
    message: {text: message.message},
    locations: [{physicalLocation}]
  }
}

function region(message: LintMessage): Sarif.Region {
  return {
    startLine: message.line,
    startColumn: message.column,
    endLine: Math.max(message.endLine, message.line),
    endColumn: Math.max(message.endColumn, 1),
    charOffset: Math.max(message.offset, 0),
    charLength: Math.max(message.endOffset - message.offset, 0)
  }
}

/**
 * Where a result's file is: a URI reference relative to `cwd` (forward slashes, each segment
 * percent-encoded) under `%SRCROOT%`, or an absolute `file:` URI when no relative path
 * reaches it (another drive on Windows).
 */
function artifactLocation(result: LintResult, cwd: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(cwd, result.filePath)
  const relative = path.relative(cwd, absolute)
  if (path.isAbsolute(relative)) return {uri: pathToFileURL(absolute).href}
  const uri = relative.split(path.sep).map(encodeURIComponent).join('/')
  return {uri, uriBaseId: srcRoot}
}

/** The help URL a message of a rule unknown to the context carries, if any. */
function firstUrl(results: readonly LintResult[], ruleId: string): string | undefined {
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId === ruleId && message.url) return message.url
    }
  }
  return undefined
}
