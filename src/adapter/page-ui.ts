/** The interface of the page being rendered: its language, read from its URL (`/ru/…`), and that language's dictionary. */
import { uiFor, type Ui } from '../lib/i18n/index.ts';
import { splitLocale } from '../lib/i18n/locales.ts';

export function pageUi(url: URL): Ui {
  return uiFor(splitLocale(url.pathname).locale);
}
