// The search page's keyboard: arrow keys move between the result links (from the search field
// too); Enter follows the focused link, as any link does.

export function arrowKeys(list: HTMLElement, input: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
    if (!links.length) return;
    const inField = document.activeElement === input;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (!inField && index < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]!.focus();
  });
}
