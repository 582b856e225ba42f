/**
 * False alarms on clean published articles: copydesk at its defaults over the Wikinews corpus
 * (clean, edited text), findings per rule and per article. The target is an average under 0.5
 * findings per article across all rules; every finding here is a candidate false alarm, to be
 * judged in `tests/fixtures/judgements/`.
 *
 *   npm run build && node dist/bench/false-alarms.js [--limit N] [--json]
 */
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {rules} from '../rules/registry.js'
import {lint} from '../src/processor.js'
import {loadCorpus} from './corpus.js'

interface RuleCount {
  findings: number
  articles: number
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {limit: {type: 'string'}, json: {type: 'boolean'}},
    allowPositionals: false
  })
  const articles = loadCorpus(undefined, values.limit ? Number(values.limit) : Infinity)
  const counts = new Map<string, RuleCount>(
    rules.map(({meta}) => [meta.id, {findings: 0, articles: 0}])
  )
  let total = 0
  let articlesWithFindings = 0

  for (const article of articles) {
    const file = await lint(new VFile({path: article.path, value: article.value}))
    const byRule = new Map<string, number>()
    for (const message of file.messages) {
      const id = message.ruleId ?? '(none)'
      byRule.set(id, (byRule.get(id) ?? 0) + 1)
    }
    total += file.messages.length
    if (file.messages.length > 0) articlesWithFindings++
    for (const [id, findings] of byRule) {
      const count = counts.get(id) ?? {findings: 0, articles: 0}
      count.findings += findings
      count.articles++
      counts.set(id, count)
    }
  }

  const perArticle = total / articles.length
  if (values.json) {
    console.log(
      JSON.stringify({
        articles: articles.length,
        findings: total,
        perArticle,
        rules: Object.fromEntries(counts)
      })
    )
    return
  }
  console.log(`Wikinews articles: ${articles.length}; copydesk at its defaults`)
  console.log('')
  console.log('rule                  findings  per article  articles with one or more')
  for (const [id, count] of counts) {
    console.log(
      id.padEnd(22) +
        String(count.findings).padStart(8) +
        (count.findings / articles.length).toFixed(3).padStart(13) +
        `${count.articles} (${((100 * count.articles) / articles.length).toFixed(1)}%)`.padStart(27)
    )
  }
  console.log('')
  console.log(
    `all rules: ${total} findings, ${perArticle.toFixed(3)} per article (target < 0.5); ` +
      `${articlesWithFindings} articles with at least one`
  )
}

await main()
