/**
 * The search page in the browser: loads Pagefind (only here, when the page opens), runs the
 * query from ?q=, keeps the address in step with the field, announces one result count per
 * settled query, and renders results as links built from DOM nodes (never from HTML strings).
 */
import {
  excerptParts,
  highlightHref,
  matchedWords,
  PAGEFIND_PATH,
  queryWords,
  rankPartialMatches,
  resultSummary,
} from '../../lib/search-results.ts';

/** How long typing must pause before a query counts as settled: searched, announced, and in the address. */
const SETTLE_MS = 300;
const PAGE_SIZE = 20;
/**
 * Fewer paragraphs than this holding all the words, and the results holding only some of them are
 * ranked with them: staff words are not always the report's ("care leavers in hotels" where it
 * says "care leavers' use of hotels"). Paragraphs are counted, not pages: the site's own pages
 * repeat the report's words and must not hide the paragraphs staff are looking for.
 */
const FEW_RESULTS = 3;
/** A query with more words than this is not broken up for partial matches. */
const MAX_PARTIAL_WORDS = 12;

type FilterCounts = Record<string, Record<string, number>>;
type FilterChoice = Record<string, { any: string[] }>;

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** totalFilters: each filter value's count for the query before any filter is applied. */
  search(query: string, options?: { filters?: FilterChoice }): Promise<{ results: Result[]; totalFilters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
}

interface Found {
  result: Result;
  /** Set on partial matches: the words of the query this result holds. */
  words?: string[];
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The search page has no #${id}`);
  return found as T;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export async function startReportSearch(): Promise<void> {
  const root = element('report-search');
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-query');
  const status = element('search-status');
  const list = element<HTMLOListElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');
  const filterBox = element<HTMLDetailsElement>('search-filters');
  const chosenCount = element('search-filters-chosen');
  const pageTitle = document.title;

  root.hidden = false;
  input.value = new URLSearchParams(location.search).get('q') ?? '';

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`)) as Pagefind;
    await pagefind.options({ noWorker: true, excerptLength: 30, excerptEllipsis: '…' });
    await pagefind.init();
  } catch {
    status.textContent = 'Search could not start. You can still search the whole report on one page with your browser’s find in page.';
    return;
  }

  const countLabels = new Map<string, HTMLElement>();
  const checkboxes: HTMLInputElement[] = [];
  buildFilters(await pagefind.filters());

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Found[] = [];

  function buildFilters(counts: FilterCounts): void {
    Object.entries(counts).forEach(([name, values], group) => {
      const fieldset = make('fieldset', 'search-filters__group');
      fieldset.append(make('legend', 'search-filters__legend', name));
      Object.keys(values).forEach((value, i) => {
        const id = `filter-${group}-${i}`;
        const row = make('div', 'search-filters__option');
        const box = make('input', 'search-filters__checkbox');
        Object.assign(box, { type: 'checkbox', id, value, name });
        const label = make('label', 'search-filters__label', `${value} `);
        label.htmlFor = id;
        const count = make('span', 'search-filters__count');
        label.append(count);
        countLabels.set(`${name}\n${value}`, count);
        row.append(box, label);
        fieldset.append(row);
        checkboxes.push(box);
      });
      filterBox.append(fieldset);
    });
    showCounts(counts);
    filterBox.hidden = checkboxes.length === 0;
  }

  function showCounts(counts: FilterCounts): void {
    for (const [key, label] of countLabels) {
      const [name, value] = key.split('\n');
      label.textContent = `(${counts[name]?.[value] ?? 0})`;
    }
  }

  function chosenFilters(): FilterChoice | undefined {
    const chosen: FilterChoice = {};
    for (const box of checkboxes.filter((b) => b.checked)) (chosen[box.name] ??= { any: [] }).any.push(box.value);
    const count = checkboxes.filter((b) => b.checked).length;
    chosenCount.textContent = count ? `(${count} chosen)` : '';
    return count ? chosen : undefined;
  }

  function followInAddress(query: string): void {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  /** The results holding any of the words of the query, best first. */
  async function partialMatches(query: string, filters?: FilterChoice): Promise<Found[]> {
    const words = queryWords(query);
    if (words.length < 2 || words.length > MAX_PARTIAL_WORDS) return [];
    const perWord = await Promise.all(
      words.map(async (word) => ({ word, results: (await pagefind.search(word, { filters })).results })),
    );
    return rankPartialMatches(perWord);
  }

  async function run(query: string): Promise<void> {
    const search = ++latest;
    const filters = chosenFilters();
    if (!query.trim()) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      document.title = pageTitle;
      showCounts(await pagefind.filters());
      return;
    }
    const { results, totalFilters } = await pagefind.search(query, { filters });
    let found: Found[] = results.map((result) => ({ result }));
    // A phrase in quotes asks for exactly that phrase: widened only when it is nowhere. Up to a
    // page of results, their data (loaded for display anyway) says which are paragraphs.
    const paragraphsHoldingAll = results.length <= PAGE_SIZE
      ? (await Promise.all(results.map((result) => result.data()))).filter((data) => data.meta.paragraph).length
      : results.length;
    const widen = results.length === 0 || (paragraphsHoldingAll < FEW_RESULTS && !query.includes('"'));
    if (widen) {
      // Ranked together, so a short paragraph missing only "for" can come before a long page holding every word.
      const holdingAll = new Map(results.map((result) => [result.id, result]));
      const ranked = await partialMatches(query, filters);
      if (ranked.length) {
        found = ranked.map((match) => (holdingAll.has(match.result.id) ? { result: holdingAll.get(match.result.id)! } : match));
      }
    }
    if (search !== latest) return;
    // What choosing each value would find for this query: the values of a filter add up (any of them).
    showCounts(totalFilters);
    // Focus is never left on a result that is about to be removed.
    if (list.contains(document.activeElement)) input.focus();
    list.replaceChildren();
    pending = found;
    await showMore();
    if (search !== latest) return;
    const summary = resultSummary(query, results.length, found.filter((f) => f.words).length, Boolean(filters));
    status.textContent = summary;
    document.title = `${summary} – ${pageTitle}`;
  }

  /** Renders the next page of results; returns the first link it added. */
  async function showMore(): Promise<HTMLAnchorElement | undefined> {
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = await Promise.all(next.map(async ({ result, words }) => resultItem(await result.data(), words)));
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? undefined;
  }

  function resultItem(data: ResultData, words?: string[]): HTMLLIElement {
    const item = make('li', 'search-result');
    const link = make('a', 'search-result__link', data.meta.paragraph ? `Paragraph ${data.meta.paragraph}` : data.meta.heading);
    link.href = highlightHref(data.url, matchedWords(data.content, data.locations));
    const where = make('p', 'search-result__where', data.meta.paragraph ? data.meta.section : data.meta.section ? 'Report section' : 'Page');
    if (data.meta.recommendation) where.append(' ', make('span', 'tag tag--recommendation', data.meta.recommendation));
    const excerpt = make('p', 'search-result__excerpt');
    for (const part of excerptParts(data.excerpt)) {
      excerpt.append(part.marked ? make('mark', '', part.text) : document.createTextNode(part.text));
    }
    item.append(link, where, excerpt);
    if (words) item.append(make('p', 'search-result__words', `Has the words: ${words.join(', ')}`));
    return item;
  }

  function links(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
  }

  input.addEventListener('input', () => {
    followInAddress(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), SETTLE_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    followInAddress(input.value);
    run(input.value);
  });

  filterBox.addEventListener('change', () => {
    clearTimeout(timer);
    run(input.value);
  });

  more.addEventListener('click', async () => {
    const first = await showMore();
    first?.focus();
  });

  // Arrow keys: down from the field to the first result, then between results; up from the first back to the field.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(event.target as HTMLAnchorElement);
    if (i < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[Math.min(i + 1, all.length - 1)] : all[i - 1] ?? input;
    next.focus();
  });

  if (input.value.trim()) await run(input.value);
}
