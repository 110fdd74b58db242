/**
 * The search page in the browser: loads Pagefind (only here, when the page opens), runs the
 * query from ?q=, announces one result count per settled query, keeps the address in step, and
 * shows results page by page. What a query finds and in which order is decided in
 * src/lib/search/search-query.ts and src/lib/search/search-ranking.ts; this file wires the page to them.
 */
import { runQuery, type EngineResult, type FilterCounts, type Found, type SearchEngine } from '../../lib/search/search-query.ts';
import { RESULTS_PER_PAGE } from '../../lib/search/search-ranking.ts';
import type { LexiconShard } from '../../lib/search/search-lexicon.ts';
import { outcomeSentences } from '../../lib/search/search-results.ts';
import { lexiconShardOf, type SearchVocabulary } from '../../lib/search/search-vocabulary.ts';
import { LEXICON_PATH, PAGEFIND_PATH, SPELLINGS_URL } from '../../lib/site/site-urls.ts';
import { buildFilters, chosenFilters, showChosenCount, showCounts, type Filters } from './search-filters.ts';
import { resultItem, showExplanation, showSuggestion } from './search-view.ts';

/**
 * How long typing must pause before its results are searched and drawn, and before the query
 * counts as settled: announced, and in the title and the address (a screen reader hears one count
 * per pause in typing, not one per key). Measured with `npm run bench -- --peer`: drawing at the
 * shorter pause puts results on screen before the peer's (which waits 300 ms).
 */
const DRAW_PAUSE_MS = 150;
const SETTLE_MS = 300;

interface Pagefind extends SearchEngine<EngineResult> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** The page's elements, found once by id (ReportSearch.astro). */
function findElements() {
  const element = <T extends HTMLElement>(id: string): T => {
    const found = document.getElementById(id);
    if (!found) throw new Error(`The search page has no #${id}`);
    return found as T;
  };
  return {
    root: element('report-search'),
    form: element<HTMLFormElement>('search-form'),
    input: element<HTMLInputElement>('search-query'),
    summary: element('search-summary'),
    suggestion: element('search-suggestion'),
    explanation: element('search-explanation'),
    list: element<HTMLOListElement>('search-results'),
    more: element<HTMLButtonElement>('search-more'),
    filterBox: element<HTMLDetailsElement>('search-filters'),
    chosenCount: element('search-filters-chosen'),
  };
}

type Elements = ReturnType<typeof findElements>;

async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`)) as Pagefind;
  await pagefind.options({ noWorker: true, excerptLength: 30, excerptEllipsis: '…' });
  await pagefind.init();
  return pagefind;
}

/** The report's words for spelling suggestions, fetched once, the first time a word is found nowhere. */
function spellingsLoader(): () => Promise<readonly string[]> {
  let words: Promise<readonly string[]> | undefined;
  return () => (words ??= fetch(SPELLINGS_URL).then((r) => (r.ok ? r.text() : '')).then((text) => text.split('\n').filter(Boolean)).catch(() => []));
}

/** The lexicon's files (search-lexicon.ts), each fetched once, the first time a word it holds is one the site never uses. */
function lexiconLoader(): (word: string) => Promise<LexiconShard | undefined> {
  const shards = new Map<string, Promise<LexiconShard | undefined>>();
  return (word) => {
    const name = lexiconShardOf(word);
    let shard = shards.get(name);
    if (!shard) shards.set(name, (shard = fetch(`${LEXICON_PATH}${name}.json`).then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined)));
    return shard;
  };
}

function followInAddress(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Runs queries and shows their results; a query superseded by a newer one shows nothing. */
class ResultsView {
  private latest = 0;
  private pending: Found<EngineResult>[] = [];
  /** Results shown so far, and the place of the first that holds only some of the words (-1: none). */
  private shown = 0;
  private firstOfSome = -1;
  private readonly pageTitle = document.title;
  private readonly spellings = spellingsLoader();
  private readonly lexicon = lexiconLoader();
  /** Recounts the shown query's filter values (Outcome.recount), until the filters have loaded. */
  private recount?: () => Promise<FilterCounts>;
  /** The filter checkboxes, once built (the first search does not wait for them), and the last query's counts for them. */
  private filters?: Filters;
  private filterCounts?: FilterCounts;

  constructor(
    private readonly page: Elements,
    private readonly pagefind: Pagefind,
    private readonly vocabulary: SearchVocabulary,
  ) {}

  /** The filters, once loaded: the shown query's counts are counted again now that Pagefind has the filters' data. */
  async useFilters(filters: Filters): Promise<void> {
    this.filters = filters;
    const search = this.latest;
    const counts = await this.recount?.();
    if (search !== this.latest) return;
    this.filterCounts = counts ?? this.filterCounts;
    if (this.filterCounts) showCounts(filters, this.filterCounts);
  }

  /** Typing goes on: any query not yet announced will not be (the next one will). */
  supersede(): void {
    this.latest++;
  }

  /** Searches and draws the results, then announces them at `announceAt` (performance.now() time) if nothing superseded them. */
  async run(query: string, announceAt = 0): Promise<void> {
    const search = ++this.latest;
    const { page } = this;
    const filters = this.filters && chosenFilters(this.filters);
    if (this.filters) showChosenCount(this.filters, page.chosenCount);
    if (!query.trim()) return this.clear();
    const outcome = await runQuery(this.pagefind, query, { filters, vocabulary: this.vocabulary, spellings: this.spellings, lexicon: this.lexicon });
    if (search !== this.latest) return;
    // What choosing each value would find for this query: the values of a filter add up (any of them).
    this.filterCounts = outcome.filterCounts;
    this.recount = this.filters ? undefined : outcome.recount;
    if (this.filters) showCounts(this.filters, outcome.filterCounts);
    showExplanation(page.explanation, outcome.explanation && await outcome.explanation.data());
    if (search !== this.latest) return;
    // Focus is never left on a result that is about to be removed.
    if (page.list.contains(document.activeElement)) page.input.focus();
    page.list.replaceChildren();
    this.pending = outcome.found;
    this.shown = 0;
    this.firstOfSome = outcome.holdingSome ? outcome.holdingAll : -1;
    await this.showMore();
    const wait = announceAt - performance.now();
    if (wait > 0) await new Promise((settled) => setTimeout(settled, wait));
    if (search !== this.latest) return;
    const sentences = outcomeSentences(outcome, Boolean(filters));
    page.summary.textContent = sentences.join(' ');
    showSuggestion(page.suggestion, outcome.insteadOf ? undefined : outcome.suggestion);
    // The title and the address are not read while results appear: set them once they are on screen.
    setTimeout(() => {
      if (search !== this.latest) return;
      document.title = `${sentences[0]} – ${this.pageTitle}`;
      followInAddress(query);
    });
  }

  private async clear(): Promise<void> {
    const { page } = this;
    page.list.replaceChildren();
    page.more.hidden = true;
    showSuggestion(page.suggestion, undefined);
    showExplanation(page.explanation, undefined);
    page.summary.textContent = '';
    document.title = this.pageTitle;
    followInAddress('');
    // Without a query the filters count everything (their data is loaded once they are open).
    if (this.filters) showCounts(this.filters, (this.filterCounts = await this.pagefind.filters()));
  }

  /** Renders the next page of results; returns the first link it added. */
  async showMore(): Promise<HTMLAnchorElement | undefined> {
    const next = this.pending.slice(0, RESULTS_PER_PAGE);
    this.pending = this.pending.slice(RESULTS_PER_PAGE);
    const items = await Promise.all(next.map(async ({ result, words, explanation }, i) =>
      resultItem(await result.data(), words, this.shown + i === this.firstOfSome, explanation)));
    this.shown += items.length;
    this.page.list.append(...items);
    this.page.more.hidden = this.pending.length === 0;
    return items[0]?.querySelector('a') ?? undefined;
  }
}

function resultLinks(list: HTMLElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
}

/** Arrow keys: down from the field to the first result, then between results; up from the first back to the field. */
function listenForArrowKeys({ input, list }: Elements): void {
  input.addEventListener('keydown', (event) => {
    const links = resultLinks(list);
    if (event.key === 'ArrowDown' && links.length) {
      event.preventDefault();
      links[0].focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks(list);
    const i = links.indexOf(event.target as HTMLAnchorElement);
    if (i < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[Math.min(i + 1, links.length - 1)] : links[i - 1] ?? input;
    next.focus();
  });
}

/** A pause in typing draws results, a longer one announces them; submitting, choosing a filter or following a suggestion does both at once. */
function listenForQueries(page: Elements, view: ResultsView): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runNow = () => {
    clearTimeout(timer);
    view.run(page.input.value);
  };
  page.input.addEventListener('input', () => {
    clearTimeout(timer);
    view.supersede();
    const settledAt = performance.now() + SETTLE_MS;
    timer = setTimeout(() => view.run(page.input.value, settledAt), DRAW_PAUSE_MS);
  });
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow();
  });
  page.filterBox.addEventListener('change', runNow);
  page.suggestion.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    page.input.value = link.textContent ?? '';
    page.input.focus();
    runNow();
  });
  page.more.addEventListener('click', async () => (await view.showMore())?.focus());
}

export async function startReportSearch(): Promise<void> {
  const page = findElements();
  page.root.hidden = false;
  page.input.value = new URLSearchParams(location.search).get('q') ?? '';
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    page.summary.textContent = 'Search could not start. You can still search the whole report on one page with your browser’s find in page.';
    return;
  }
  const vocabulary = JSON.parse(page.root.dataset.vocabulary ?? '{"synonyms":[]}') as SearchVocabulary;
  const view = new ResultsView(page, pagefind, vocabulary);
  listenForQueries(page, view);
  listenForArrowKeys(page);
  // The filters' data is loaded when the reader first opens them (it is not on a first search's
  // way), and their counts are for the query shown then.
  const first = page.input.value.trim() ? view.run(page.input.value) : undefined;
  page.filterBox.addEventListener('toggle', async () => {
    if (!page.filterBox.open || page.filterBox.dataset.loaded) return;
    page.filterBox.dataset.loaded = 'yes';
    const filters = buildFilters(page.filterBox, await pagefind.filters());
    await first;
    await view.useFilters(filters);
  });
  await first;
}
