import path from 'node:path'
import {contentSecurityPolicy, script, style} from './html/assets.js'
import {escapeHtml, safeUrl} from './html/escape.js'
import {countOf, countsText, figuresText, renderFile} from './html/file.js'
import {colourSlot, statTitle} from './html/labels.js'
import type {Formatter, LintResult, ReportContext} from './types.js'

/**
 * `--format html`: one self-contained page an editor opens in a browser. A summary (findings
 * by rule and severity, each file's figures), then per file the text as written with every
 * finding marked in place and the list of findings beside it. Everything from the articles,
 * messages and file names is escaped; the only script and style are the report's own,
 * allowed by hash in a Content-Security-Policy that forbids everything else.
 */
export const html: Formatter = (results, context) => {
  const names = results.map((result) => displayPath(result.filePath, context.cwd))
  const title =
    results.length === 1
      ? `copydesk report: ${names[0]}`
      : `copydesk report: ${results.length} files`
  const ruleUrl = (ruleId: string) => context.rules.get(ruleId)?.url
  const files = results
    .map((result, index) =>
      renderFile(result, index, names[index]!, context.source?.(result.filePath), ruleUrl)
    )
    .join('\n')
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="referrer" content="no-referrer">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${style}</style>\n</head><body>\n` +
    summary(results, names, context) +
    `\n<main>\n${files}\n</main>\n` +
    '<div id="tip" role="tooltip" hidden></div>\n' +
    `<script>${script}</script>\n</body></html>\n`
  )
}

function summary(
  results: readonly LintResult[],
  names: readonly string[],
  context: ReportContext
): string {
  const messages = results.flatMap((result) => result.messages)
  let html = '<header><h1>copydesk report</h1>'
  html += `<p class="totals">${results.length} ${results.length === 1 ? 'file' : 'files'}, `
  html += `${countsText(countOf(messages))}</p>`
  html +=
    '<p class="how">Each finding is marked in the text with the name and colour of its rule. ' +
    'Point at a mark, or reach it with Tab, to read the message and the fix; Enter jumps ' +
    'between the text and the list of findings. Repeated blocks are hatched and link to ' +
    'their first copy.</p>'

  const byRule = new Map<string, [number, number, number]>()
  const urls = new Map<string, string | undefined>()
  for (const message of messages) {
    const rule = message.ruleId ?? 'copydesk'
    const row = byRule.get(rule) ?? [0, 0, 0]
    row[2 - message.severity]!++
    byRule.set(rule, row)
    if (!urls.get(rule)) urls.set(rule, safeUrl(context.rules.get(rule)?.url ?? message.url))
  }
  if (byRule.size > 0) {
    html += '<table><caption class="skip">Findings by rule</caption><thead><tr><th>rule</th>'
    html += '<th class="n">errors</th><th class="n">warnings</th><th class="n">info</th></tr>'
    html += '</thead><tbody>'
    for (const [rule, row] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      const url = urls.get(rule)
      const badge = `<span class="badge c${colourSlot(rule)}">${escapeHtml(rule)}</span>`
      const description = context.rules.get(rule)?.description
      html += `<tr><td>${url ? `<a href="${escapeHtml(url)}">${badge}</a>` : badge}`
      if (description) html += ` ${escapeHtml(description)}`
      html += `</td>${row.map((count) => `<td class="n">${count}</td>`).join('')}</tr>`
    }
    html += '</tbody></table>'
  }

  html += '<table><caption class="skip">Files</caption><thead><tr><th>file</th>'
  html += '<th class="n">errors</th><th class="n">warnings</th><th class="n">info</th>'
  html += '<th>figures</th></tr></thead><tbody>'
  results.forEach((result, index) => {
    const counts = countOf(result.messages)
    const figures = Object.entries(result.stats ?? {})
      .map(
        ([rule, values]) =>
          `<strong>${escapeHtml(statTitle(rule))}</strong>: ${figuresText(rule, values)}`
      )
      .join('<br>')
    html += `<tr><td><a href="#file-${index}">${escapeHtml(names[index]!)}</a></td>`
    html += `<td class="n">${counts.errors}</td><td class="n">${counts.warnings}</td>`
    html += `<td class="n">${counts.infos}</td><td class="figures">${figures}</td></tr>`
  })
  return html + '</tbody></table></header>'
}

/** A file's path relative to `cwd`, with forward slashes. */
function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath
  return (path.relative(cwd, filePath) || filePath).split(path.sep).join('/')
}
