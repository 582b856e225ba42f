import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {folderWith} from './helpers/cli.js'

// The action's steps run here as GitHub would run them, with a fake environment; the
// script uses the built CLI of this checkout (`npm test` builds first).
const script = fileURLToPath(new URL('../action/run.sh', import.meta.url))
// Scraped residue: a stable finding, on by default.
const flagged = 'The storm hit the town on Monday&nbsp;night.'

const gitEnv = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com'
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {cwd, env: {...process.env, ...gitEnv}, stdio: 'ignore'})
}

/** A clone (with `origin/main`) whose branch adds `story.txt` with one finding. */
function pullRequestCheckout(): string {
  const origin = folderWith({'old.txt': `Old\n\n${flagged}\n`})
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '.')
  git(origin, 'commit', '-q', '-m', 'base')
  const parent = folderWith({})
  git(parent, 'clone', '-q', 'file://' + origin, 'clone')
  const cwd = path.join(parent, 'clone')
  git(cwd, 'checkout', '-q', '-b', 'story')
  writeFileSync(path.join(cwd, 'story.txt'), `Story\n\n${flagged}\n`)
  git(cwd, 'add', '.')
  git(cwd, 'commit', '-q', '-m', 'story')
  return cwd
}

function action(cwd: string, env: Record<string, string>) {
  return spawnSync('bash', [script], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, CI: 'true', RUNNER_TEMP: folderWith({}), ...env}
  })
}

describe('the GitHub Action script', () => {
  it('on a pull request: annotations for the changed files only, and SARIF', () => {
    const cwd = pullRequestCheckout()
    const sarif = path.join(folderWith({}), 'copydesk.sarif')
    const {status, stdout, stderr} = action(cwd, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'main',
      INPUT_SARIF: sarif
    })
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toBe(
      '::warning file=story.txt,line=3,endLine=3,col=33,endColumn=39,title=scrape-residue::Unexpected HTML entity `&nbsp;` written out, expected a space\n'
    )
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as {
      runs: [{results: Array<{ruleId: string}>}]
    }
    expect(log.runs[0].results.map((result) => result.ruleId)).toEqual(['scrape-residue'])
  })

  it('fail-on warning fails the job on a warning', () => {
    const cwd = pullRequestCheckout()
    const {status} = action(cwd, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'main',
      INPUT_FAIL_ON: 'warning'
    })
    expect(status).toBe(1)
  })

  it('on a push: every file under the paths', () => {
    const cwd = pullRequestCheckout()
    const {status, stdout} = action(cwd, {GITHUB_EVENT_NAME: 'push'})
    expect(status).toBe(0)
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => /file=([^,]+)/.exec(line)?.[1])
    ).toEqual(['old.txt', 'story.txt'])
  })

  it('rejects a bad fail-on', () => {
    const {status, stderr} = action(folderWith({}), {INPUT_FAIL_ON: 'sometimes'})
    expect(status).toBe(2)
    expect(stderr).toBe("copydesk action: fail-on must be error or warning, not 'sometimes'\n")
  })
})
