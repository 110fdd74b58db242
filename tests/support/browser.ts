/** Shared settings for browser tests: the widths and colour schemes every page is checked in. */
export const WIDTHS = [1280, 320] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** Text spacing overrides from WCAG 1.4.12. */
export const TEXT_SPACING_CSS = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;
