import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiFloors, apiFolders } from './apiFloors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const architecture = readFileSync(join(root, 'docs/architecture.md'), 'utf8');

/**
 * The body rows of the doc's table whose header is `| <first> | <second> |` (or, given `third`,
 * `| <first> | <second> | <third> |`), as [first cell, the second cell's names].
 */
function architectureTable(first: string, second: string, third?: string): Map<string, string[]> {
  const lines = architecture.split('\n');
  const header = third ? `| ${first} | ${second} | ${third} |` : `| ${first} | ${second} |`;
  const start = lines.indexOf(header);
  if (start < 0) throw new Error(`docs/architecture.md has no table "${header}"`);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [name = '', cell = ''] = line
      .split('|')
      .slice(1, 3)
      .map((c) => c.trim());
    const names =
      cell === '—'
        ? []
        : cell
            .replace(/\(.*\)/, '')
            .split(',')
            .map((n) => n.trim());
    rows.set(name.replace(/`/g, '').replace(/\/$/, ''), names);
  }
  return rows;
}

/** Every TypeScript file below `dir`, dependencies and build output left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isTest = (path: string) => /\.(test|testkit)\.tsx?$/.test(path);

describe('docs/architecture.md against the code', () => {
  it('names each package’s workspace dependencies, as package.json and the sources have them', () => {
    const table = architectureTable('package', 'depends on');
    const places = ['packages', 'apps'].flatMap((top) =>
      readdirSync(join(root, top)).map((name) => `${top}/${name}`),
    );
    expect([...table.keys()].sort()).toEqual(places.sort());
    for (const place of places) {
      const manifest = JSON.parse(readFileSync(join(root, place, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
        .filter((name) => name.startsWith('@cors-playground/'))
        .map((name) => name.slice('@cors-playground/'.length));
      const imported = new Set<string>();
      for (const file of sourceFiles(join(root, place)))
        for (const match of readFileSync(file, 'utf8').matchAll(/['"]@cors-playground\/([a-z]+)/g))
          imported.add(match[1] ?? '');
      const documented = [...(table.get(place) ?? [])].sort();
      expect({ place, declared: declared.sort() }).toEqual({ place, declared: documented });
      expect({ place, imported: [...imported].sort() }).toEqual({ place, imported: documented });
    }
  });

  it('states apps/api’s floors as ESLint enforces them, and the code stands on them only', () => {
    const table = architectureTable('folder', 'stands on');
    const onDisk = readdirSync(join(root, 'apps/api/src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...table.keys()].sort()).toEqual([...apiFolders].sort());
    expect([...onDisk].sort()).toEqual([...apiFolders].sort());
    for (const [folder, allowed] of Object.entries(apiFloors)) {
      expect({ folder, documented: table.get(folder) }).toEqual({ folder, documented: allowed });
      for (const file of sourceFiles(join(root, 'apps/api/src', folder)).filter((f) => !isTest(f)))
        for (const match of readFileSync(file, 'utf8').matchAll(/from '\.\.\/([a-z]+)\//g))
          expect({ file: relative(root, file), imports: match[1] }).toEqual({
            file: relative(root, file),
            imports: allowed.find((a) => a === match[1]) ?? `one of ${allowed.join(', ') || 'none'}`,
          });
    }
  });

  it('names every folder of apps/web/src, each feature included, in the web table', () => {
    const table = architectureTable('folder', 'what it holds', 'may import');
    // A row may name several features: `features/policy/`, `production/`, … share one row.
    const documented = [...table.keys()].flatMap((first) => {
      const [head = '', ...more] = first.split(',').map((name) => name.trim().replace(/\/$/, ''));
      const prefix = head.startsWith('features/') ? 'features/' : '';
      return [head, ...more.map((name) => `${prefix}${name}`)];
    });
    const folders = (dir: string) =>
      readdirSync(join(root, 'apps/web/src', dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => (dir ? `${dir}/${entry.name}` : entry.name));
    const onDisk = [...folders('').filter((name) => name !== 'features'), ...folders('features')];
    expect(documented.sort()).toEqual(onDisk.sort());
  });

  it('has no app importing another app, tests included', () => {
    for (const app of readdirSync(join(root, 'apps')))
      for (const file of sourceFiles(join(root, 'apps', app)))
        for (const match of readFileSync(file, 'utf8').matchAll(/from '((?:\.\.\/)+)([a-z]+)\//g)) {
          const target = join(dirname(file), match[1] ?? '', match[2] ?? '');
          const inApps = relative(join(root, 'apps'), target).split('/')[0];
          if (!relative(join(root, 'apps'), target).startsWith('..'))
            expect({ file: relative(root, file), app: inApps }).toEqual({ file: relative(root, file), app });
        }
  });
});
