/**
 * The content collections' loaders (src/content.config.ts): every content file read once, with the
 * content layer's own parsers (content-files.ts), into typed entries that the collection's schema
 * checks. Pages, open data, the review sheet and the rules all read these entries.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parseMdx, readContentFiles, yamlEntries } from './content-files.ts';
import { assertSourcesCurrent } from './content-rules.ts';
import type { OutsideSource } from './content-schemas.ts';
import { buildDate, isReleaseBuild } from '../site/site-config.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Every MDX file in a folder of content/, each entry's data its frontmatter and the parts read from
 * its body (mdx-parts.ts), checked together by the schema. Astro's glob loader finds and reads the
 * files, registers each for rendering and, in `astro dev`, watches them; each entry it stores is
 * taken here to be read and checked first. It is shown no stored entry, so it gives every file each
 * time: the parts depend on the reader's code too, which a file's digest does not see.
 */
export function mdxFiles(folder: string): Loader {
  const globLoader = glob({ pattern: '*.mdx', base: `./${folder}` });
  return {
    name: 'mdx-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const withParts = async (entry: StoredEntry) => {
        const path = entry.filePath ?? `${folder}/${entry.id}.mdx`;
        const parts = parseMdx(entry.body ?? '', path, root);
        const data = await context.parseData({ id: entry.id, data: { ...entry.data, ...parts }, filePath: join(root, path) });
        context.store.set({ ...entry, data });
      };
      // Entries are stored in turn; once loaded, a file changed in `astro dev` is reported, not thrown.
      let stored: Promise<void> = Promise.resolve();
      let loaded = false;
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: StoredEntry) => {
              stored = stored.then(() => withParts(entry));
              if (loaded) stored = stored.catch((error: Error) => context.logger.error(error.message));
              return true;
            };
          }
          if (key === 'get') return () => undefined;
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await globLoader.load({ ...context, store, parseData: async ({ data }) => data });
      await stored;
      loaded = true;
    },
  };
}

/** A YAML file of entries, read by the content layer's YAML reader (with any id or order the file does not write). */
export function yamlFile(path: string): Loader {
  return file(`./${path}`, { parser: (text) => yamlEntries(text, path) as Record<string, unknown>[] });
}

/** content/outside-sources.yaml; a release build refuses a source last seen too long ago (content-rules.ts), before any page is written. */
export function outsideSourcesFile(path: string): Loader {
  const loader = yamlFile(path);
  return {
    name: 'outside-sources',
    load: async (context) => {
      await loader.load(context);
      if (isReleaseBuild()) assertSourcesCurrent(context.store.values().map((entry) => entry.data as OutsideSource), buildDate());
    },
  };
}

/** The words of every content file, for the glossary's check (glossary.ts): one entry per file, its path the id. */
export function contentWords(): Loader {
  return {
    name: 'content-words',
    load: async ({ store, config }) => {
      store.clear();
      for (const { path, text } of readContentFiles(fileURLToPath(config.root))) store.set({ id: path, data: { path, text } });
    },
  };
}
