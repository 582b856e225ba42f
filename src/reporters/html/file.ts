/**
 * One file of the HTML report: its text as written, every finding marked in place, and the
 * list of findings beside it. Ids are made from the file's and the finding's index only,
 * never from the text.
 */
import type {LintMessage, LintResult} from '../types.js'
import {escapeHtml, safeUrl} from './escape.js'
import {colourSlot, formatFigure, severityNames, statLabel, statTitle} from './labels.js'
import type {Range} from './segments.js'
import {clampRange, lineStarts, segment} from './segments.js'

/** Lines of the first copy a `duplicate-block` message names. */
export interface LineSpan {
  startLine: number
  endLine: number
}

const firstCopyPattern = /\blines? (\d+)(?:\s*[–-]\s*(\d+))?/

/**
 * The first copy of a repeated block, from the `duplicate-block` message ("…duplicate of
 * lines 48–61…", "…quote on line 7…"): results carry no other pointer to it.
 */
export function firstCopyOf(message: LintMessage): LineSpan | undefined {
  if (message.ruleId !== 'duplicate-block') return undefined
  const match = firstCopyPattern.exec(message.message)
  if (!match) return undefined
  const startLine = Number(match[1])
  const endLine = match[2] === undefined ? startLine : Number(match[2])
  return endLine >= startLine ? {startLine, endLine} : undefined
}

/** The offsets of lines `startLine`–`endLine` (1-based), without surrounding white space. */
export function linesRange(text: string, starts: readonly number[], span: LineSpan): Range {
  const from = starts[span.startLine - 1] ?? text.length
  const next = starts[span.endLine]
  let end = next === undefined ? text.length : next
  let start = from
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  while (start < end && /\s/.test(text.charAt(start))) start++
  return {start, end}
}

/** The docs URL of a rule, when known. */
export type RuleUrl = (ruleId: string) => string | undefined

/** The `<section>` of one file: heading, figures, marked text and findings list. */
export function renderFile(
  result: LintResult,
  fileIndex: number,
  name: string,
  text: string | undefined,
  ruleUrl: RuleUrl
): string {
  const counts = countOf(result.messages)
  let html = `<section class="file" id="file-${fileIndex}" aria-labelledby="h-${fileIndex}">`
  html += `<h2 id="h-${fileIndex}">${escapeHtml(name)}</h2>`
  html += `<p class="counts">${countsText(counts)}</p>`
  html += renderStats(result.stats)
  html += `<a class="skip" href="#list-${fileIndex}">Skip to the findings of ${escapeHtml(name)}</a>`
  html += '<div class="grid">'
  html +=
    text === undefined
      ? '<p class="empty">The text of this file is not available.</p>'
      : renderText(result.messages, fileIndex, text)
  html += renderList(result.messages, fileIndex, text, ruleUrl)
  html += '</div></section>'
  return html
}

interface Origin {
  id: string
  range: Range
  span: LineSpan
  repeats: number[]
}

function renderText(messages: readonly LintMessage[], fileIndex: number, text: string): string {
  const starts = lineStarts(text)
  const ranges = messages.map((message) =>
    clampRange({start: message.offset, end: message.endOffset}, text.length)
  )

  // The first copies of repeated blocks, each once, with the findings repeating it.
  const origins = new Map<string, Origin>()
  messages.forEach((message, index) => {
    const span = firstCopyOf(message)
    if (!span || span.endLine > starts.length) return
    const id = `c${fileIndex}-${span.startLine}-${span.endLine}`
    const origin = origins.get(id) ?? {id, range: linesRange(text, starts, span), span, repeats: []}
    origin.repeats.push(index)
    origins.set(id, origin)
  })
  const originList = [...origins.values()]
  const all = [...ranges, ...originList.map((origin) => origin.range)]

  // What goes in at an offset, before the text from there: line numbers, then anchors for
  // first copies, then the tags of findings starting there.
  const inserts = new Map<number, string[]>()
  const insert = (offset: number, html: string) => {
    const list = inserts.get(offset)
    if (list) list.push(html)
    else inserts.set(offset, [html])
  }
  starts.forEach((start, line) => {
    insert(start, `<span class="ln" data-n="${line + 1}" aria-hidden="true"></span>`)
  })
  for (const origin of originList)
    insert(origin.range.start, originAnchor(origin, fileIndex, messages))
  messages.forEach((message, index) => {
    insert(ranges[index]!.start, tag(message, fileIndex, index))
    const span = firstCopyOf(message)
    const id = span && `c${fileIndex}-${span.startLine}-${span.endLine}`
    if (id && origins.has(id)) {
      insert(
        ranges[index]!.start,
        `<a class="copylink" href="#${id}">↑ first copy, ${linesText(span)}</a>`
      )
    }
  })

  let html = `<div class="src" role="region" aria-label="Text as written" lang="en">`
  const segments = segment(text.length, all, starts)
  for (const piece of segments) {
    html += (inserts.get(piece.start) ?? []).join('')
    let open = ''
    let close = ''
    for (const index of piece.cover) {
      if (index < messages.length) {
        const message = messages[index]!
        const duplicate = message.ruleId === 'duplicate-block' ? ' dup' : ''
        const slot = colourSlot(message.ruleId ?? 'copydesk')
        open += `<span class="hl c${slot}${duplicate}" data-f="f${fileIndex}-${index}">`
      } else {
        open += `<span class="orig" data-o="${originList[index - messages.length]!.id}">`
      }
      close += '</span>'
    }
    html += open + escapeHtml(text.slice(piece.start, piece.end)) + close
  }
  // Whatever sits at the very end: a finding or a line number after the last character.
  html += (inserts.get(text.length) ?? []).join('')
  return html + '</div>'
}

/** A finding's mark in the text: a link to its entry in the list, labelled with its rule. */
function tag(message: LintMessage, fileIndex: number, index: number): string {
  const rule = message.ruleId ?? 'copydesk'
  const id = `${fileIndex}-${index}`
  const label = `${rule}, ${severityNames[message.severity]}, line ${message.line}`
  return (
    `<a class="tag c${colourSlot(rule)} s${message.severity}" id="f${id}" href="#l${id}"` +
    ` aria-label="${escapeHtml(label)}" aria-describedby="d${id}">${escapeHtml(rule)}</a>`
  )
}

function originAnchor(origin: Origin, fileIndex: number, messages: readonly LintMessage[]): string {
  const links = origin.repeats
    .map((index) => `<a href="#f${fileIndex}-${index}">line ${messages[index]!.line}</a>`)
    .join(', ')
  return (
    `<span class="origin" id="${origin.id}" tabindex="-1">first copy, ${linesText(origin.span)};` +
    ` repeated at ${links}</span>`
  )
}

function renderList(
  messages: readonly LintMessage[],
  fileIndex: number,
  text: string | undefined,
  ruleUrl: RuleUrl
): string {
  let html = `<aside aria-labelledby="list-${fileIndex}"><h3 id="list-${fileIndex}" tabindex="-1">`
  html += `Findings (${messages.length})</h3>`
  if (messages.length === 0) return html + '<p class="empty">No findings.</p></aside>'
  html += '<ol class="findings">'
  messages.forEach((message, index) => {
    const id = `${fileIndex}-${index}`
    const rule = message.ruleId ?? 'copydesk'
    const badge = `<span class="badge c${colourSlot(rule)} s${message.severity}">${escapeHtml(rule)}</span>`
    const where = `<span class="pos">${message.line}:${message.column}</span>`
    html += '<li>'
    html +=
      text === undefined
        ? `<span class="jump" id="l${id}">${badge} ${where}</span>`
        : `<a class="jump" id="l${id}" href="#f${id}" aria-label="Go to ${escapeHtml(rule)} at line ${message.line}">${badge} ${where}</a>`
    html += detail(message, `d${id}`, ruleUrl)
    const span = firstCopyOf(message)
    if (span && text !== undefined) {
      html += `<p><a href="#c${fileIndex}-${span.startLine}-${span.endLine}">First copy: ${linesText(span)}</a></p>`
    }
    html += '</li>'
  })
  return html + '</ol></aside>'
}

/** Message, rule, severity and fix: shown in the list and, on hover or focus, by the text. */
export function detail(message: LintMessage, id: string, ruleUrl: RuleUrl): string {
  const rule = message.ruleId ?? 'copydesk'
  const url = safeUrl(message.url ?? ruleUrl(rule))
  const ruleHtml = url
    ? `<a class="rid" href="${escapeHtml(url)}">${escapeHtml(rule)}</a>`
    : `<span class="rid">${escapeHtml(rule)}</span>`
  return (
    `<div class="detail" id="${id}">` +
    `<p><span class="sev s${message.severity}">${severityNames[message.severity]}</span> ${ruleHtml}</p>` +
    `<p class="msg">${escapeHtml(message.message)}</p>` +
    `<p class="fix">${fixText(message.expected)}</p>` +
    '</div>'
  )
}

function fixText(expected: readonly string[] | undefined): string {
  if (!expected || expected.length === 0) return 'Fix: no suggested replacement.'
  if (expected.length === 1 && expected[0] === '') return 'Fix: delete it.'
  const options = expected.map((value) =>
    value === '' ? 'nothing' : `<code>${escapeHtml(visible(value))}</code>`
  )
  return `Fix: replace with ${options.join(' or ')}.`
}

/** White space a reader cannot see, named. */
function visible(value: string): string {
  if (value === ' ') return '␣ (a space)'
  if (value === '\u00A0') return '⍽ (a no-break space)'
  return value
}

function renderStats(stats: LintResult['stats']): string {
  const entries = Object.entries(stats ?? {})
  if (entries.length === 0) return ''
  let html = '<dl class="card">'
  for (const [ruleId, figures] of entries) {
    html += `<div><dt>${escapeHtml(statTitle(ruleId))}</dt><dd>${figuresText(ruleId, figures)}</dd></div>`
  }
  return html + '</dl>'
}

/** `4 direct quotes · 3 named source · …`, escaped. */
export function figuresText(ruleId: string, figures: Record<string, number>): string {
  return Object.entries(figures)
    .map(([key, value]) => escapeHtml(`${formatFigure(value)} ${statLabel(ruleId, key)}`))
    .join(' · ')
}

export interface Counts {
  errors: number
  warnings: number
  infos: number
}

export function countOf(messages: readonly LintMessage[]): Counts {
  const counts = {errors: 0, warnings: 0, infos: 0}
  for (const message of messages) {
    if (message.severity === 2) counts.errors++
    else if (message.severity === 1) counts.warnings++
    else counts.infos++
  }
  return counts
}

export function countsText(counts: Counts): string {
  const total = counts.errors + counts.warnings + counts.infos
  return (
    `${plural(total, 'finding')}: ${plural(counts.errors, 'error')}, ` +
    `${plural(counts.warnings, 'warning')}, ${counts.infos} info`
  )
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function linesText(span: LineSpan): string {
  return span.startLine === span.endLine
    ? `line ${span.startLine}`
    : `lines ${span.startLine}–${span.endLine}`
}
