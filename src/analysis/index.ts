/**
 * The shared analyses, computed once per file before any rule runs and stored on
 * `file.data`. Each reads the tree and what the analyses before it stored; rules only read
 * the results, they never parse the text again. Adding an analysis: one line in the list.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {alignParagraphsToBlocks} from './align-paragraphs.js'
import {peopleAnalysis} from './people/index.js'
import {repeatsAnalysis} from './repeats/index.js'
import {quotesAnalysis} from './quotes/index.js'
import {analyzeStructure} from './structure/index.js'

type Analysis = (tree: NlcstRoot, file: VFile) => void

/** Headline, body and page chrome; paragraphs split where they cross from one to the other. */
const structure: Analysis = (tree, file) => {
  const result = analyzeStructure(tree, file)
  alignParagraphsToBlocks(tree, result.blocks)
  file.data.structure = result
}

/** The analyses by name, in the order they run (`bench/stages.ts` times each). */
export const analyses: ReadonlyArray<readonly [name: string, analysis: Analysis]> = [
  ['structure', structure],
  ['repeats', repeatsAnalysis],
  ['quotes', quotesAnalysis],
  ['people', peopleAnalysis]
]

/** Run every analysis on `file`, in order. */
export function analyze(tree: NlcstRoot, file: VFile): void {
  file.data.stats = {}
  for (const [, analysis] of analyses) analysis(tree, file)
}
