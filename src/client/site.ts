// The only script on content pages (deferred; the pages work without it): "/" focuses the header
// search; focus on that field prefetches Pagefind's script and WebAssembly; ?highlight= (a search
// result) loads Pagefind's highlighter, and only then; the rail marks the section being read.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) return;
  const field = document.getElementById('site-q');
  if (field) {
    event.preventDefault();
    field.focus();
  }
});
// Focus on the header field: fetch Pagefind's script and WebAssembly ahead (prefetched files are
// reused by /search/ without a new request), while the reader types.
document.getElementById('site-q')?.addEventListener(
  'focus',
  () => {
    for (const href of ['/pagefind/pagefind.js', '/pagefind/wasm.en-gb.pagefind']) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      document.head.append(link);
    }
  },
  { once: true },
);
/** Pagefind's highlighter, a file of the built site (not bundled: the specifier is a variable). */
const HIGHLIGHTER = '/pagefind/pagefind-highlight.js';
type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;
if (new URLSearchParams(location.search).has('highlight')) {
  void (import(HIGHLIGHTER) as Promise<{ default: Highlighter }>).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }); // styled in site.css (CSP)
  });
}
// Cite this: "Copy" buttons appear only with this script; the text stays selectable without it.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset['copy'] ?? '')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text.trim());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select the text to copy';
    }
  });
}
// On this page: aria-current on the link of the last heading scrolled to (near the top).
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
if (tocLinks.length) {
  const heads = tocLinks.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  const mark = () => {
    let current = -1;
    heads.forEach((h, i) => {
      if (h && h.getBoundingClientRect().top < 100) current = i;
    });
    tocLinks.forEach((a, i) =>
      i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current'),
    );
  };
  addEventListener('scroll', mark, { passive: true });
  mark();
}
export {};
