/**
 * Document structure analysis, computed once per file: which blocks are the article
 * (headline, byline, body, …) and which are the page around it (navigation, link lists,
 * widgets, footer). Segmenting depends on the input kind; classifying does not.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import type {Candidate} from './candidate.js'
import {classify} from './classify.js'
import {segmentHtml} from './html.js'
import {lineOf, lineStarts} from './lines.js'
import {segmentMarkdown} from './markdown.js'
import {segmentText} from './text.js'
import type {Block, DocumentStructure} from './types.js'

export type {Block, BlockKind, DocumentStructure, RuleScope} from './types.js'
export {inScope, kindAt, scopedTree} from './scope.js'

export function analyzeStructure(tree: NlcstRoot, file: VFile): DocumentStructure {
  const doc = String(file)
  const candidates = segment(tree, file, doc)
  const kinds = classify(candidates)
  const starts = lineStarts(doc)
  const blocks: Block[] = candidates.map((candidate, index) => ({
    kind: kinds[index]!,
    start: candidate.start,
    end: candidate.end,
    startLine: lineOf(starts, candidate.start),
    endLine: lineOf(starts, Math.max(candidate.start, candidate.end - 1))
  }))
  return {blocks}
}

function segment(tree: NlcstRoot, file: VFile, doc: string): Candidate[] {
  const {inputKind, mdast, hast} = file.data
  let candidates: Candidate[]
  if (inputKind === 'markdown' && mdast) candidates = segmentMarkdown(mdast)
  else if (inputKind === 'html' && hast) candidates = segmentHtml(hast, tree)
  else candidates = segmentText(doc)
  return nonOverlapping(candidates)
}

/** `kindAt` searches blocks by binary search: keep them sorted and apart, empty ones out. */
function nonOverlapping(candidates: Candidate[]): Candidate[] {
  const result: Candidate[] = []
  let end = -1
  for (const candidate of candidates) {
    if (candidate.end <= candidate.start || candidate.start < end) continue
    result.push(candidate)
    end = candidate.end
  }
  return result
}
