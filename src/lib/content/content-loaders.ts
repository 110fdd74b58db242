/**
 * The two loaders of src/content.config.ts that are not Astro's glob: a YAML file through Astro's
 * file loader with the content layer's YAML reader, and the text of every content file.
 */
import { fileURLToPath } from 'node:url';
import { file, type Loader } from 'astro/loaders';
import { readContentFiles, yamlEntries } from './content-files.ts';

/** A YAML file of entries, read by the content layer's YAML reader (with any id or order the file does not write). */
export function yamlFile(path: string): Loader {
  return file(`./${path}`, { parser: (text) => yamlEntries(text, path) as Record<string, unknown>[] });
}

/** The text of every content file (readContentFiles), one entry per file, its path the id: read afresh on every build. */
export function contentFiles(): Loader {
  return {
    name: 'content-files',
    load: async ({ store, config }) => {
      store.clear();
      for (const { path, text } of readContentFiles(fileURLToPath(config.root))) store.set({ id: path, data: { path, text } });
    },
  };
}
