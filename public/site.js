// CyberCBM's only script on content pages (under 1 kB gzip, loaded with defer):
// "/" focuses the header search field; a page opened from a search result (?highlight=…)
// loads Pagefind's highlighter to mark the hit; focus on the header search field prefetches
// Pagefind's script and WebAssembly. No Pagefind file is fetched otherwise.
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
document.getElementById('site-q')?.addEventListener('focus', () => {
  for (const href of ['/pagefind/pagefind.js', '/pagefind/wasm.en-gb.pagefind']) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.append(link);
  }
}, { once: true });
if (new URLSearchParams(location.search).has('highlight')) {
  import('/pagefind/pagefind-highlight.js').then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }); // styled in site.css: no inline style under the CSP
  });
}
// "Copy" buttons of the Cite this block: shown only when this script runs; the text stays selectable without it.
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text.trim());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select the text to copy';
    }
  });
}
