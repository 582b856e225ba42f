#!/usr/bin/env node
import process from 'node:process'
import {run} from './run.js'

run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
