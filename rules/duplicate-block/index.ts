import {location} from 'vfile-location'
import type {RepeatedBlock} from '../../src/analysis/repeats/index.js'
import {defaultMinLines, defaultMinWords, floor} from '../../src/analysis/repeats/index.js'
import {defineRule} from '../../src/rule.js'

export interface DuplicateBlockOptions {
  minLines: number
  minWords: number
}

/**
 * `duplicate-block`: a block that occurs again in the same document (page chrome scraped
 * twice, a doubled caption). One finding per repeat, spanning it and naming the first copy;
 * a repeated quotation (a pull quote) is `info`. The work is done once per file by the
 * repeats analysis (`src/analysis/repeats`); this rule only reports it. Whole file, chrome
 * included.
 */
export const duplicateBlock = defineRule<DuplicateBlockOptions>(
  {
    id: 'duplicate-block',
    description: 'Blocks of text that occur more than once (repeated page chrome, doubled lines)',
    defaultSeverity: 'warn',
    scope: 'document',
    options: {
      minLines: {
        type: 'integer',
        description: 'Lines (text blocks in Markdown and HTML) a repeat needs, unless doubled',
        default: defaultMinLines,
        min: floor.units
      },
      minWords: {
        type: 'integer',
        description: 'Words a shorter repeat needs',
        default: defaultMinWords,
        min: floor.words
      }
    }
  },
  function (_, file, options) {
    const blocks = file.data.repeats?.blocks ?? []
    if (blocks.length === 0) return
    const place = location(file)
    for (const block of blocks) {
      const doubled = block.adjacent && !block.prose
      if (!doubled && block.units < options.minLines && block.words < options.minWords) continue
      const start = place.toPoint(block.start)
      const end = place.toPoint(block.end)
      if (!start || !end) continue
      const message = block.quote
        ? file.info(reason(block), {place: {start, end}})
        : file.message(reason(block), {place: {start, end}})
      message.expected = []
    }
  }
)

function reason(block: RepeatedBlock): string {
  const {startLine, endLine} = block.first
  const lines = startLine === endLine ? `line ${startLine}` : `lines ${startLine}–${endLine}`
  if (block.quote) return `Unexpected repeat of the quote on ${lines}, expected it once`
  return `Unexpected ${block.near ? 'near-duplicate' : 'duplicate'} of ${lines}, expected one copy`
}
