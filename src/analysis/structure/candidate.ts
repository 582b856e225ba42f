/**
 * A candidate block: one segment of the document before it gets a kind. Each input kind has
 * its own segmenter (`text.ts`, `markdown.ts`, `html.ts`); they all produce candidates, so
 * that one classifier (`classify.ts`) serves all three.
 */

/** Page landmarks the markup puts a block in (HTML `<nav>`, `<aside>`, `<footer>`, `<form>`). */
export type Region = 'navigation' | 'related' | 'footer' | 'widget'

export interface Candidate {
  /** UTF-16 offset of the first character. */
  start: number
  /** UTF-16 offset after the last character. */
  end: number
  /** Text without markup; lines (and list items) are joined with `\n`. */
  text: string
  /** List item texts, markers removed, when the block is a list; empty otherwise. */
  items: string[]
  /** Heading level 1–6 given by the markup; 0 when the block is not a heading. */
  heading: number
  /** Landmark the block sits in, if any: such a block is never article. */
  region: Region | undefined
  /** In a `<figure>`/`<figcaption>`, or a Markdown paragraph that opens with an image. */
  caption: boolean
  /** Share (0–1) of the text that is link text. */
  linkRatio: number
  /** Nothing but inline-control comments (`<!-- copydesk-disable -->`): never article. */
  control: boolean
  /** No prose for rules (code, raw HTML, thematic break): it neither starts nor splits a body. */
  opaque: boolean
  /** The page marks its article (`<article>`, `<main>`) and this block is outside it. */
  outsideArticle: boolean
}

/** A candidate with neutral hints; segmenters override what they know. */
export function candidate(
  start: number,
  end: number,
  text: string,
  hints: Partial<Candidate> = {}
): Candidate {
  return {
    start,
    end,
    text,
    items: [],
    heading: 0,
    region: undefined,
    caption: false,
    linkRatio: 0,
    control: false,
    opaque: false,
    outsideArticle: false,
    ...hints
  }
}
