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

/**
 * The analyses a rule may ask for (`RuleMeta.analyses`). Structure and repeats always run:
 * every rule's scope is cut from them.
 */
export type AnalysisName = 'quotes' | 'people'

interface Step {
  name: 'structure' | 'repeats' | AnalysisName
  run: Analysis
  /** Analyses whose results this one reads (they run whenever it does). */
  reads?: readonly AnalysisName[]
}

/** The analyses in the order they run (`bench/stages.ts` times each). */
export const analyses: readonly Step[] = [
  {name: 'structure', run: structure},
  {name: 'repeats', run: repeatsAnalysis},
  {name: 'quotes', run: quotesAnalysis},
  // Mentions inside quoted speech are marked as such.
  {name: 'people', run: peopleAnalysis, reads: ['quotes']}
]

/** `wanted` with every analysis a wanted one reads. */
function withInputs(wanted: ReadonlySet<AnalysisName>): Set<string> {
  const all = new Set<string>(['structure', 'repeats', ...wanted])
  for (const step of [...analyses].reverse()) {
    if (all.has(step.name)) for (const input of step.reads ?? []) all.add(input)
  }
  return all
}

/**
 * Run the analyses on `file`, in order: every one, or only structure, repeats and those in
 * `wanted` (and what they read), when the rules that are on need no more. The people and
 * quote analyses are most of copydesk's cost after the parse.
 */
export function analyze(tree: NlcstRoot, file: VFile, wanted?: ReadonlySet<AnalysisName>): void {
  file.data.stats = {}
  const run = wanted ? withInputs(wanted) : undefined
  for (const step of analyses) if (!run || run.has(step.name)) step.run(tree, file)
}
