/**
 * The report's inline style sheet and script. Both are constants, with no data from the
 * report in them, so the page's Content-Security-Policy allows exactly these two by hash and
 * nothing else: no other script, style, image, font or frame, and no request at all.
 */
import {createHash} from 'node:crypto'

export const style = `
:root{--ink:#1b1b1b;--muted:#5c5c5c;--rule:#d0d0d0;--paper:#fff;--wash:#f6f6f3;
--c0:#0072b2;--c1:#c77c00;--c2:#b0488d;--c3:#d55e00;--c4:#008a63;--c5:#2b8cc4;--c6:#7b52ab;
--c7:#8a6d00;--c8:#138d90;--c9:#555}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--wash)}
header,main>section{max-width:90rem;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:0 0 .5rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1rem 0 .4rem}
a{color:#0b57a4}a:focus-visible,.tag:focus,.origin:focus{outline:3px solid #1a73e8;outline-offset:2px}
.totals{font-size:1.1rem;margin:.25rem 0 .75rem}.how{color:var(--muted);max-width:60rem}
table{border-collapse:collapse;background:var(--paper);margin:.25rem 0 1rem}
th,td{border:1px solid var(--rule);padding:.25rem .6rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.file{background:var(--paper);border-top:4px solid var(--ink);margin-top:1.5rem}
.counts{color:var(--muted);margin:0 0 .5rem}
.card{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0 0 .75rem;padding:0}
.card div{border:1px solid var(--rule);padding:.3rem .6rem;background:var(--wash)}
.card dt{font-weight:600;font-size:.85rem}.card dd{margin:0;font-size:.9rem}
.figures{font-size:.9rem}
.grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,26rem);gap:1.5rem;align-items:start}
@media (max-width:60rem){.grid{grid-template-columns:minmax(0,1fr)}}
.src{position:relative;margin:0;padding:.75rem .75rem .75rem 3.75rem;border:1px solid var(--rule);
font:15px/1.9 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4}
.ln{position:absolute;left:0;width:3rem;text-align:right;color:#8a8a8a;user-select:none;font-size:12px}
.ln::before{content:attr(data-n)}
.hl{--c:var(--c0);background:color-mix(in srgb,var(--c) 16%,transparent);border-bottom:2px solid var(--c);
-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl .hl{background:color-mix(in srgb,var(--c) 24%,transparent);border-bottom-style:double;border-bottom-width:3px}
.hl.dup{background-image:repeating-linear-gradient(135deg,transparent 0 6px,rgba(0,0,0,.09) 6px 8px);border-bottom:0}
.orig{background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(0,0,0,.05) 6px 8px)}
.lit,.lit .hl{background-color:color-mix(in srgb,#ffd400 45%,transparent)}
.c0{--c:var(--c0)}.c1{--c:var(--c1)}.c2{--c:var(--c2)}.c3{--c:var(--c3)}.c4{--c:var(--c4)}
.c5{--c:var(--c5)}.c6{--c:var(--c6)}.c7{--c:var(--c7)}.c8{--c:var(--c8)}.c9{--c:var(--c9)}
.tag,.badge,.copylink,.origin{font:600 11px/1.4 system-ui,sans-serif;border-radius:3px;padding:0 .3em;
margin:0 .15em;white-space:nowrap;user-select:none;vertical-align:1px}
.tag,.badge{color:#fff;background:var(--c);text-decoration:none}
.tag.s2::before,.badge.s2::before{content:"\\2716 "}.tag.s0,.badge.s0{background:var(--paper);color:var(--c);border:1px solid var(--c)}
.copylink,.origin{color:var(--ink);background:#eee;border:1px dashed #666}
.origin a{color:inherit}
aside{position:sticky;top:0;max-height:100vh;overflow:auto;padding:0 .25rem .5rem 0}
aside h3{margin-top:0}
.findings{list-style:none;margin:0;padding:0}
.findings li{border-bottom:1px solid var(--rule);padding:.4rem .25rem;font-size:.9rem}
.findings li:has(.jump:target){background:#fff6cc}
.jump{text-decoration:none;color:inherit;display:inline-flex;gap:.4rem;align-items:baseline}
.pos{color:var(--muted);font-variant-numeric:tabular-nums}
.detail{margin:.15rem 0 0}.detail p{margin:.1rem 0}.sev{text-transform:uppercase;font-size:.75rem;font-weight:700;letter-spacing:.03em}
.sev.s2{color:#b00020}.fix code,.pop code{background:#eef3e6;padding:0 .2em;white-space:pre-wrap}
.rid{font-family:ui-monospace,monospace;font-size:.85em}
#tip{position:absolute;z-index:10;max-width:min(30rem,92vw);background:var(--paper);border:1px solid #444;
box-shadow:0 4px 14px rgba(0,0,0,.25);padding:.5rem .7rem;font-size:.9rem}
#tip .detail+.detail{border-top:1px solid var(--rule);margin-top:.4rem;padding-top:.4rem}
.empty{color:var(--muted)}
.skip{position:absolute;left:-999px}.skip:focus{position:static}
@media print{
body{background:#fff;font-size:11pt}header,main>section{max-width:none;padding:0}
.grid{display:block}aside{position:static;max-height:none;overflow:visible;margin-top:1rem}
.file{border-top:2px solid #000;break-before:page}.file:first-of-type{break-before:auto}
.src{font-size:9.5pt;line-height:1.75;border:0;padding-left:3rem}.ln{width:2.3rem}
#tip,.skip,.how{display:none}a{color:inherit}
.hl,.tag,.badge,.orig{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.findings li{break-inside:avoid}}
`

export const script = `(() => {
  const doc = document
  const tip = doc.getElementById('tip')
  const detailOf = (id) => doc.getElementById('d' + id.slice(1))
  const hide = () => { tip.hidden = true; tip.replaceChildren() }
  const show = (ids, x, y) => {
    tip.replaceChildren()
    for (const id of ids) {
      const detail = detailOf(id)
      if (!detail) continue
      const copy = detail.cloneNode(true)
      copy.removeAttribute('id')
      tip.append(copy)
    }
    if (!tip.firstChild) return hide()
    tip.hidden = false
    const width = tip.offsetWidth
    const left = Math.max(8, Math.min(x, doc.documentElement.clientWidth - width - 8))
    tip.style.left = left + window.scrollX + 'px'
    tip.style.top = y + window.scrollY + 'px'
  }
  const light = (id) => {
    for (const old of doc.querySelectorAll('.lit')) old.classList.remove('lit')
    if (!id) return
    const key = CSS.escape(id)
    for (const part of doc.querySelectorAll('.hl[data-f="' + key + '"],.orig[data-o="' + key + '"]')) {
      part.classList.add('lit')
    }
  }
  const covering = (element) => {
    const ids = []
    for (let node = element.closest('.hl'); node; node = node.parentElement.closest('.hl')) {
      ids.unshift(node.dataset.f)
    }
    return ids
  }
  // The focused mark keeps its tip until focus moves; pointing elsewhere shows another for a while.
  let focused = null
  const showFocused = () => {
    const box = focused.getBoundingClientRect()
    show([focused.id], box.left, box.bottom + 6)
  }
  doc.addEventListener('focusin', (event) => {
    focused = event.target.closest && event.target.closest('.tag')
    if (!focused) return hide()
    showFocused()
    light(focused.id)
  })
  doc.addEventListener('focusout', () => {
    focused = null
    hide()
  })
  doc.addEventListener('mouseover', (event) => {
    const target = event.target
    if (!(target instanceof Element) || target.closest('#tip')) return
    const tag = target.closest('.tag')
    const ids = tag ? [tag.id] : covering(target)
    if (ids.length > 0) show(ids, event.clientX - 12, event.clientY + 18)
    else if (focused) showFocused()
    else hide()
  })
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide()
  })
  const follow = (hash) => {
    const id = decodeURIComponent(hash.slice(1))
    const target = id && doc.getElementById(id)
    if (!target) return
    light(target.classList.contains('tag') || target.classList.contains('origin') ? id : '')
    target.focus({preventScroll: true})
  }
  doc.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('a[href^="#"]')
    if (link) setTimeout(() => follow(link.getAttribute('href')), 0)
  })
  if (location.hash) follow(location.hash)
  doc.documentElement.dataset.ready = 'true'
})()`

/** A CSP source for an inline element's exact text: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** Only the inline style and script above; no request of any kind, no base, no form. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${hashSource(style)}`,
  `script-src ${hashSource(script)}`,
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')
