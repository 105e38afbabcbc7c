// CyberCBM's only script on content pages (about 0.6 kB, loaded with defer):
// "/" focuses the header search field; a page opened from a search result (?highlight=…)
// loads Pagefind's highlighter to mark the hit. No Pagefind file is fetched otherwise.
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
if (new URLSearchParams(location.search).has('highlight')) {
  import('/pagefind/pagefind-highlight.js').then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }); // styled in site.css: no inline style under the CSP
  });
}
