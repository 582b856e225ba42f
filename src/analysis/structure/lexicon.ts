/**
 * Words and phrases of page chrome, kept apart from the logic in `signals.ts`. Phrases are
 * written as a reader sees them; `normalize` (lowercase, brackets and punctuation dropped)
 * is applied to them and to the text they are compared with.
 */

/** Headings of boxes that point to other stories about the same subject. */
export const relatedHeadings: readonly string[] = [
  'related',
  'previous related',
  'you may also like',
  'you might also like',
  'you may be interested',
  'see also',
  'also read',
  'read also',
  'read more',
  'read next',
  'further reading',
  'more on this',
  'more on this story',
  'more from',
  'more stories',
  'more news',
  'recommended'
]

/** Headings of other link lists: most read, latest, editors' picks. */
export const linkListHeadings: readonly string[] = [
  'latest',
  'popular',
  'most popular',
  'most read',
  'most viewed',
  'most shared',
  'trending',
  'top stories',
  'top news',
  'weekly best',
  'best articles',
  'must reads',
  'must read',
  "editor's picks",
  "editors' picks",
  "don't miss",
  'in case you missed it',
  'hot topics'
]

/** Phrases of site navigation and skip links. */
export const navigationPhrases: readonly string[] = [
  'skip to',
  'jump to',
  'quick access',
  'direct access',
  'main content',
  'main contents',
  'main menu',
  'main navigation',
  'toggle navigation',
  'sign in',
  'log in',
  'sign up',
  'my account'
]

/** A whole block that is one of these is a navigation item. */
export const navigationWords: readonly string[] = ['home', 'menu', 'search', 'login', 'subscribe']

/** A whole block that is one of these is a button or counter label. */
export const widgetWords: readonly string[] = [
  'share',
  'share this',
  'share this article',
  'tweet',
  'print',
  'email',
  'e mail',
  'comment',
  'comments',
  'leave a comment',
  'like',
  'likes',
  'save',
  'bookmark',
  'follow',
  'listen',
  'listen to this article',
  'copy link',
  'font size',
  'facebook',
  'twitter',
  'linkedin',
  'whatsapp',
  'reply',
  'views'
]

/** Labels a counter can carry: "Comments0", "Views 1,204", "Likes (3)". */
export const counterLabels: readonly string[] = [
  'comment',
  'comments',
  'reply',
  'replies',
  'like',
  'likes',
  'share',
  'shares',
  'view',
  'views',
  'reaction',
  'reactions',
  'vote',
  'votes'
]

/** Phrases of the page footer (only looked for in short blocks). */
export const footerPhrases: readonly string[] = [
  'all rights reserved',
  'privacy policy',
  'terms of use',
  'terms of service',
  'terms and conditions',
  'contact us',
  'about us',
  'newsletter',
  'sign up for',
  'follow us',
  'unauthorized reproduction'
]

/** Words a byline can open with: "By Jane Doe", "Reported by Jane Doe". */
export const bylineOpeners: readonly string[] = ['by', 'written by', 'reported by', 'words by']

/** Lowercase words that may stand between the parts of a name: "Ana de la Cruz". */
export const nameParticles: readonly string[] = [
  'al',
  'and',
  'bin',
  'da',
  'de',
  'del',
  'der',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'y'
]

/** Month names and abbreviations, for datelines. */
export const months: readonly string[] = [
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december'
]

/** Other words of a dateline: weekdays, clock and time-zone words, "Updated". */
export const dateWords: readonly string[] = [
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
  'a',
  'p',
  'm',
  'am',
  'pm',
  'at',
  'on',
  'updated',
  'published',
  'posted',
  'last',
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'pst',
  'pdt',
  'bst',
  'cet',
  'cest',
  'kst',
  'jst',
  'ist',
  'aest'
]
