/**
 * Every command-line option, declared once: the parser (`node:util` parseArgs) and `--help`
 * are both generated from this table, as ESLint does with optionator.
 */
import type {ParseArgsConfig} from 'node:util'

export interface OptionDeclaration {
  name: string
  short?: string
  type: 'string' | 'boolean'
  multiple?: boolean
  /** Placeholder for the value in `--help`. */
  value?: string
  description: string
}

export const formats = ['stylish', 'json', 'sarif', 'github', 'html'] as const
export type FormatName = (typeof formats)[number]

export const optionDeclarations: readonly OptionDeclaration[] = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    value: 'NAME',
    description: `Output format: ${formats.join(', ')} (default: stylish)`
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: 'FILE',
    description: 'Write the report to FILE instead of standard output'
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: 'FILE',
    description: 'Use this config file instead of looking for .copydeskrc* per file'
  },
  {
    name: 'rule',
    type: 'string',
    multiple: true,
    value: 'ID=SEVERITY',
    description: 'Set a rule to off, warn or error (repeatable)'
  },
  {name: 'quiet', type: 'boolean', description: 'Report errors only'},
  {
    name: 'max-warnings',
    type: 'string',
    value: 'N',
    description: 'Exit 1 when there are more than N warnings'
  },
  {name: 'color', type: 'boolean', description: 'Colour the stylish output (default: on a TTY)'},
  {
    name: 'stdin-filename',
    type: 'string',
    value: 'NAME',
    description: 'Name for standard input (`-`); its extension picks the parser'
  },
  {
    name: 'changed',
    type: 'boolean',
    value: '[=BASE]',
    description: 'Lint only files changed since the merge base with BASE (default: origin/HEAD)'
  },
  {
    name: 'changed-lines',
    type: 'boolean',
    description: 'With --changed: report only findings on changed lines'
  },
  {
    name: 'jobs',
    short: 'j',
    type: 'string',
    value: 'N',
    description: 'Lint in N worker threads (default: the number of CPUs)'
  },
  {name: 'cache', type: 'boolean', description: 'Replay findings of files that did not change'},
  {
    name: 'cache-location',
    type: 'string',
    value: 'FILE',
    description: 'Where --cache keeps its file (default: .copydeskcache)'
  },
  {name: 'list-rules', type: 'boolean', description: 'List the rules with their defaults'},
  {name: 'help', short: 'h', type: 'boolean', description: 'Show this help'},
  {name: 'version', short: 'v', type: 'boolean', description: 'Show the version'}
]

/** The same declarations in the shape `parseArgs` takes. */
export function parseArgsOptions(): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    optionDeclarations.map((option) => [
      option.name,
      {
        type: option.type,
        ...(option.multiple ? {multiple: true} : {}),
        ...(option.short ? {short: option.short} : {})
      }
    ])
  )
}

/** `--help` text, generated from the declarations. */
export function helpText(version: string): string {
  const rows = optionDeclarations.map((option) => {
    const flag =
      (option.short ? `-${option.short}, ` : '    ') +
      (option.name === 'color' ? '--[no-]color' : `--${option.name}`) +
      (option.value ? (option.value.startsWith('[') ? option.value : ` ${option.value}`) : '')
    return [flag, option.description] as const
  })
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2
  return [
    `copydesk ${version}: editorial quality checks for news articles (.txt, .md, .html)`,
    '',
    'Usage: copydesk [options] [paths, folders, globs or - for stdin]',
    '',
    'Options:',
    ...rows.map(([flag, description]) => '  ' + flag.padEnd(width) + description),
    '',
    'Config: .copydeskrc.json, .copydeskrc.yaml or a "copydesk" key in package.json,',
    'found from each file upward. Inline: <!-- copydesk-disable RULE -->,',
    '<!-- copydesk-enable RULE -->, <!-- copydesk-disable-next-line RULE -->.',
    '',
    'Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;',
    '2 bad flags, bad config, or a file that cannot be read.',
    ''
  ].join('\n')
}
