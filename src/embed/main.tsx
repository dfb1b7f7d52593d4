import { createRoot } from 'react-dom/client';
import { detectLang, loadMessages, makeTranslate } from '../i18n/messages';
import { parseView } from '../data/url';
import { EmbedApp } from './EmbedApp';
import { reportHeight } from './reportHeight';
import '../index.css';

/**
 * One chart alone, for an iframe on another site: no store, no query cache, no
 * header or filters; the chart, its legend, filters in words, its source line
 * and a link to the full view. Light or dark from `theme=`.
 */
const view = parseView(window.location.search, window.location.origin);
const params = new URLSearchParams(window.location.search);
const theme = params.get('theme');
const dark = theme === 'dark' || (theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
document.documentElement.classList.toggle('dark', dark);
const lang = view.lang ?? detectLang(navigator.languages);
document.documentElement.lang = lang;

const chartId = params.get('embed') ?? '';
reportHeight(chartId);

void loadMessages(lang).then((messages) => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<EmbedApp chartId={chartId} view={view} lang={lang} t={makeTranslate(messages)} />);
});
