/** Worker-thread entry (tinypool): lints one job and returns its findings as plain data. */
import {lintJob} from './job.js'

export default lintJob
