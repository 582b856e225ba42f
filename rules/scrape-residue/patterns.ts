/**
 * What scraping and templating leave in text, as data: the rule (`index.ts`) only runs these
 * patterns and reports. Two expressions, since placeholders are matched case-sensitively
 * (`[CITY]` is a placeholder, `[sic]` is not) and the rest is not.
 */

import {residueCharacter} from '../../src/analysis/residue-starts.js'

/** Labels of page widgets whose counter gets glued to them ("Comments0", "Views12"). */
export const widgetLabels = [
  'comments?',
  'views?',
  'likes?',
  'shares?',
  'replies',
  'reactions?',
  'votes?',
  'reads?',
  'favou?rites?',
  'retweets?',
  'reposts?'
]

/** Tags worth reporting when written out as text; other `<word>` may be real text. */
const tagNames = [
  'a',
  'abbr',
  'article',
  'b',
  'blockquote',
  'br',
  'center',
  'div',
  'em',
  'figcaption',
  'figure',
  'font',
  'h[1-6]',
  'hr',
  'i',
  'iframe',
  'img',
  'li',
  'ol',
  'p',
  'script',
  'section',
  'small',
  'span',
  'strong',
  'style',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'tr',
  'u',
  'ul'
]

/** Words that, in capitals between brackets, are a template slot: `[CITY]`, `[NAME]`. */
const slotNames = [
  'AGE',
  'AUTHOR',
  'BYLINE',
  'CAPTION',
  'CITY',
  'COMPANY',
  'COUNTRY',
  'DATE',
  'DAY',
  'FIRST NAME',
  'FULL NAME',
  'HEADLINE',
  'LAST NAME',
  'LINK',
  'LOCATION',
  'MONTH',
  'NAME',
  'NUMBER',
  'PHOTO',
  'PLACEHOLDER',
  'QUOTE',
  'SOURCE',
  'STATE',
  'TIME',
  'TITLE',
  'TK',
  'TKTK',
  'URL',
  'XX',
  'XXX',
  'YEAR'
]

/** Entities, tags, control characters and widget counters; case-insensitive. */
export const residue = new RegExp(
  [
    // 1: an entity: numeric, named with its semicolon, or one of the common ones without.
    '(&(?:#[0-9]{1,7};?|#x[0-9a-f]{1,6};?|[a-z][a-z0-9]{1,31};|(?:nbsp|amp|quot|lt|gt|apos)(?![a-z0-9])))',
    // 2: a tag of HTML.
    `(</?(?:${tagNames.join('|')})(?:\\s[^<>\\n]{0,200})?/?>)`,
    // 3: control and invisible characters (zero-width joiners only inside a Latin word, as
    // they are legitimate in emoji and some scripts).
    '([\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad\\u200b\\u2060\\ufeff]+|(?<=[a-z])[\\u200c\\u200d]+(?=[a-z]))',
    // 4: a widget label with its counter glued on.
    `((?<![\\p{L}\\p{N}])(?:${widgetLabels.join('|')})\\d+(?![\\p{L}\\p{N}]))`
  ].join('|'),
  'giu'
)

/** Unfilled template slots: `{{name}}`, `${name}`, `%s`, `[CITY]`, `[INSERT QUOTE]`. */
export const placeholder = new RegExp(
  [
    '\\{\\{[^{}\\n]{0,80}\\}\\}',
    '\\$\\{[A-Za-z_][\\w.]{0,40}\\}',
    '(?<![\\w%])%(?:\\d\\$)?[sd](?![\\w])',
    `\\[(?:${slotNames.join('|')}|(?:INSERT|ADD) [A-Z][A-Z ]{0,40})\\]`
  ].join('|'),
  'gu'
)

/**
 * The patterns without their look-arounds and tails: what a text must hold for each to find
 * anything. Looking around at every character is most of what the patterns cost, and the
 * texts that pass the quick look (`mayHoldResidue`: "AT&T", "G8", "[Danny]") rarely hold
 * residue, so each pattern runs only where its hint is found.
 */
export const residueHint = new RegExp(
  [
    '&(?:#|[a-z][a-z0-9]{1,31};|nbsp|amp|quot|lt|gt|apos)',
    `</?(?:${tagNames.join('|')})`,
    residueCharacter.source,
    `(?:${widgetLabels.join('|')})\\d`
  ].join('|'),
  'iu'
)
export const placeholderHint = new RegExp(
  `\\{\\{|\\$\\{|%(?:\\d\\$)?[sd]|\\[(?:${slotNames.join('|')}|INSERT |ADD )`,
  'u'
)

/** The quick look the rule takes before anything else. */
export {mayHoldResidue} from '../../src/analysis/residue-starts.js'

/** Names of the invisible characters, for messages. */
export const characterNames: Readonly<Record<string, string>> = {
  '\u00ad': 'soft hyphen',
  '\u200b': 'zero width space',
  '\u200c': 'zero width non-joiner',
  '\u200d': 'zero width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'zero width no-break space'
}
