/** The components the report's MDX files use, handed to every render of a report section. */
import Para from '../para/Para.astro';
import FootnoteRef from '../footnotes/FootnoteRef.astro';
import Footnote from '../footnotes/Footnote.astro';
import Footnotes from '../footnotes/Footnotes.astro';

export const reportComponents = { Para, FootnoteRef, Footnote, Footnotes };
