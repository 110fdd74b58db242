/**
 * The search page's filters: checkboxes built from the filters the index holds, each with the
 * count its value would find for the current query.
 */
import type { FilterChoice, FilterCounts } from '../../lib/search/search-query.ts';
import { EXPLAINS_FILTER } from '../../lib/search/search-ranking.ts';
import { make } from './search-view.ts';

export interface Filters {
  box: HTMLDetailsElement;
  checkboxes: HTMLInputElement[];
  /** Each value's count, keyed by "filter name\nvalue". */
  countLabels: Map<string, HTMLElement>;
}

/**
 * One fieldset per filter, one checkbox per value; the box stays hidden when the index has no
 * filters. The filter marking plain-language pages is the page's own, not the reader's (EXPLAINS_FILTER).
 */
export function buildFilters(box: HTMLDetailsElement, counts: FilterCounts): Filters {
  const filters: Filters = { box, checkboxes: [], countLabels: new Map() };
  Object.entries(counts).filter(([name]) => name !== EXPLAINS_FILTER).forEach(([name, values], group) => {
    const fieldset = make('fieldset', 'search-filters__group');
    fieldset.append(make('legend', 'search-filters__legend', name));
    Object.keys(values).forEach((value, i) => {
      const id = `filter-${group}-${i}`;
      const row = make('div', 'search-filters__option');
      const checkbox = make('input', 'search-filters__checkbox');
      Object.assign(checkbox, { type: 'checkbox', id, value, name });
      const label = make('label', 'search-filters__label', `${value} `);
      label.htmlFor = id;
      const count = make('span', 'search-filters__count');
      label.append(count);
      filters.countLabels.set(`${name}\n${value}`, count);
      row.append(checkbox, label);
      fieldset.append(row);
      filters.checkboxes.push(checkbox);
    });
    box.append(fieldset);
  });
  showCounts(filters, counts);
  box.hidden = filters.checkboxes.length === 0;
  return filters;
}

export function showCounts(filters: Filters, counts: FilterCounts): void {
  for (const [key, label] of filters.countLabels) {
    const [name, value] = key.split('\n');
    const text = `(${counts[name]?.[value] ?? 0})`;
    if (label.textContent !== text) label.textContent = text;
  }
}

/** The values chosen, as Pagefind's `filters` option (any of a filter's values), or undefined for none. */
export function chosenFilters(filters: Filters): FilterChoice | undefined {
  const checked = filters.checkboxes.filter((box) => box.checked);
  if (checked.length === 0) return undefined;
  const chosen: FilterChoice = {};
  for (const box of checked) (chosen[box.name] ??= { any: [] }).any.push(box.value);
  return chosen;
}

/** "(2 chosen)" beside the filters' summary. */
export function showChosenCount(filters: Filters, label: HTMLElement): void {
  const count = filters.checkboxes.filter((box) => box.checked).length;
  label.textContent = count ? `(${count} chosen)` : '';
}
