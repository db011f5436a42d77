import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// plugins/maas/README.md marks each code block an adopter copies with the file of this app it
// goes into (`<!-- legacy-app: src/App.tsx -->`). Each paragraph of such a block must stand in
// that file as written, indentation aside: the app is wired with the README's lines and no others.

const readme = readFileSync(
  resolve(__dirname, '../../../plugins/maas/README.md'),
  'utf8',
);

const marked = [
  ...readme.matchAll(/<!-- legacy-app: (\S+) -->\s*```tsx\n([\s\S]*?)```/g),
].map(([, file, code]) => ({ file, code }));

/** The lines without indentation or a statement's closing semicolon (the README's formatter adds one after a bare JSX line). */
const normalise = (text: string) =>
  text
    .split('\n')
    .map(line => line.trim().replace(/;$/, ''))
    .filter(line => line !== '');

function standsIn(paragraph: string[], file: string[]): boolean {
  return file.some((_, start) =>
    paragraph.every((line, i) => file[start + i] === line),
  );
}

describe("the README's legacy frontend lines", () => {
  it('mark the App.tsx and EntityPage.tsx blocks', () => {
    expect(marked.map(m => m.file)).toEqual([
      'src/App.tsx',
      'src/components/catalog/EntityPage.tsx',
    ]);
  });

  it.each(marked)('stand in $file as written', ({ file, code }) => {
    const source = normalise(
      readFileSync(resolve(__dirname, '..', file), 'utf8'),
    );
    for (const paragraph of code.split(/\n\s*\n/).map(normalise)) {
      expect({
        file,
        lines: paragraph,
        found: standsIn(paragraph, source),
      }).toEqual({
        file,
        lines: paragraph,
        found: true,
      });
    }
  });
});
