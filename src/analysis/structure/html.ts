/**
 * HTML → candidates: one per paragraph hast-util-to-nlcst made (explicit `<p>`/`<h1>`…`<h6>`
 * and implicit runs of text in `<li>`, `<div>`, `<figcaption>`, …). Taking the paragraphs from
 * the nlcst tree, not re-deriving them from the markup, keeps every paragraph a rule sees
 * inside exactly one block. The hast tree supplies the hints: one walk records each text
 * node with its landmark, heading level, list item, figure and link context, and a merge
 * (both lists are in document order) gives each paragraph the context of its first text.
 */
import type {Element, Nodes, Root as HastRoot} from 'hast'
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Candidate, Region} from './candidate.js'
import {candidate} from './candidate.js'
import {isControlCommentText} from './markers.js'

interface Context {
  region: Region | undefined
  heading: number
  list: boolean
  caption: boolean
  link: boolean
  inArticle: boolean
}

interface Run {
  start: number
  end: number
  /** Characters of text, white space at the edges not counted. */
  chars: number
  context: Context
}

/** Elements whose text never reaches nlcst (as in hast-util-to-nlcst). */
const ignored: ReadonlySet<string> = new Set(['script', 'style', 'svg', 'math', 'del', 'template'])
const regionByTag: Readonly<Record<string, Region>> = {
  nav: 'navigation',
  aside: 'related',
  footer: 'footer',
  form: 'widget'
}
const regionByRole: Readonly<Record<string, Region>> = {
  navigation: 'navigation',
  complementary: 'related',
  contentinfo: 'footer',
  search: 'widget'
}
const headingLevels: Readonly<Record<string, number>> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}
const root: Context = {
  region: undefined,
  heading: 0,
  list: false,
  caption: false,
  link: false,
  inArticle: false
}

export function segmentHtml(hast: HastRoot, tree: NlcstRoot): Candidate[] {
  const runs: Run[] = []
  const controls: Candidate[] = []
  let hasArticle = false
  walk(hast, root)

  const result: Candidate[] = []
  let next = 0
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type !== 'ParagraphNode' || start === undefined || end === undefined) continue

    while (next < runs.length && runs[next]!.end <= start) next++
    let context: Context | undefined
    let total = 0
    let linked = 0
    for (let index = next; index < runs.length && runs[index]!.start < end; index++) {
      const run = runs[index]!
      if (run.chars === 0) continue
      context ??= run.context
      total += run.chars
      if (run.context.link) linked += run.chars
    }
    context ??= root

    const text = toString(node).trim()
    result.push(
      candidate(start, end, text, {
        items: context.list ? [text] : [],
        heading: context.heading,
        region: context.region,
        caption: context.caption,
        linkRatio: total === 0 ? 0 : linked / total,
        outsideArticle: hasArticle && !context.inArticle
      })
    )
  }

  if (controls.length === 0) return result
  return [...result, ...controls].sort((a, b) => a.start - b.start)

  function walk(node: Nodes, context: Context): undefined {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) {
        runs.push({start, end, chars: node.value.trim().length, context})
      }
    } else if (node.type === 'comment') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined && isControlCommentText(node.value)) {
        controls.push(candidate(start, end, '', {control: true}))
      }
    } else if (node.type === 'element') {
      if (ignored.has(node.tagName)) return
      const inner = enter(node, context)
      for (const child of node.children) walk(child, inner)
    } else if (node.type === 'root') {
      for (const child of node.children) walk(child, context)
    }
  }

  /** The context inside `element`; the same object when the element changes nothing. */
  function enter(element: Element, context: Context): Context {
    const tag = element.tagName
    const role = element.properties.role
    let region = regionByTag[tag] ?? (typeof role === 'string' ? regionByRole[role] : undefined)
    // A page header is chrome only when it holds the site navigation: an article's own
    // `<header>` holds its headline and byline.
    if (tag === 'header' && hasNavigation(element)) region = 'navigation'
    const heading = headingLevels[tag]
    const article = tag === 'article' || tag === 'main' || role === 'main'
    if (article) hasArticle = true

    if (!region && !heading && !article && tag !== 'li' && tag !== 'a' && !isFigure(tag)) {
      return context
    }
    return {
      region: region ?? context.region,
      heading: heading ?? context.heading,
      list: context.list || tag === 'li',
      caption: context.caption || isFigure(tag),
      link: context.link || tag === 'a',
      inArticle: context.inArticle || article
    }
  }
}

function isFigure(tag: string): boolean {
  return tag === 'figure' || tag === 'figcaption'
}

function hasNavigation(node: Element): boolean {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'nav' || child.properties.role === 'navigation') return true
    if (hasNavigation(child)) return true
  }
  return false
}
