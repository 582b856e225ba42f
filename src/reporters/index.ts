import type {FormatName} from '../cli/options.js'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import type {Formatter} from './types.js'

/** Formatters by `--format` name. Adding a format touches this table and one new file. */
export const formatters: Readonly<Record<FormatName, Formatter>> = {
  stylish,
  json,
  sarif,
  github,
  html
}
