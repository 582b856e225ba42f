import type {Formatter} from './types.js'

/** `--format json`: the results array, one line, for other tools. */
export const json: Formatter = (results) => JSON.stringify(results) + '\n'
