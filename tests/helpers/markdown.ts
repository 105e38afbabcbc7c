/** Renders Markdown with Sätteri and the given plugins; the site's plugins are synchronous, so the result is too. */
import { markdownToHtml, type HastPluginEntry, type MdastPluginEntry } from 'satteri';

export function renderMarkdown(
  markdown: string,
  options: { mdastPlugins?: MdastPluginEntry[]; hastPlugins?: HastPluginEntry[]; path?: string } = {},
): string {
  const result = markdownToHtml(markdown, {
    mdastPlugins: options.mdastPlugins ?? [],
    hastPlugins: options.hastPlugins ?? [],
    features: { smartPunctuation: false },
    ...(options.path ? { fileURL: new URL(`file://${options.path}`) } : {}),
  });
  if (result instanceof Promise) throw new Error('a Markdown plugin ran asynchronously');
  return result.html;
}
