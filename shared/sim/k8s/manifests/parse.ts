// From manifest text to plain objects: YAML with `---` between documents, as kubectl
// reads a file. Syntax errors are reported the way kubectl reports them (it converts
// YAML to JSON with go-yaml, whose messages differ from the JS parser's: they are mapped).
import { parseAllDocuments } from 'yaml';

export type ParsedDocs = { ok: true; docs: { doc: Record<string, unknown>; index: number }[] } | { ok: false; error: string };

/** go-yaml's wording for the JS parser's error codes (the ones players meet). */
const GO_YAML: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  MULTILINE_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  TAB_AS_INDENT: 'found character that cannot start any token',
  MISSING_CHAR: 'found unexpected end of stream',
  BAD_INDENT: 'did not find expected key',
  UNEXPECTED_TOKEN: 'did not find expected key',
};

/**
 * Parses every document of `text`; empty documents are skipped as kubectl skips them.
 * `source` is how kubectl names the input in errors (a file name, or `STDIN`).
 */
export function parseManifestText(text: string, source: string): ParsedDocs {
  const docs: { doc: Record<string, unknown>; index: number }[] = [];
  const all = parseAllDocuments(text);
  const list = Array.isArray(all) ? all : [];
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (!d) continue;
    const err = d.errors[0];
    if (err) {
      const line = err.linePos?.[0]?.line ?? 1;
      if (err.code === 'DUPLICATE_KEY') {
        const key = /^(\S+)\s*:/.exec(text.split('\n')[line - 1]?.trim() ?? '')?.[1] ?? '';
        return { ok: false, error: `error: error parsing ${source}: error converting YAML to JSON: yaml: unmarshal errors:\n  line ${line}: key "${key}" already set in map` };
      }
      const what = GO_YAML[err.code] ?? 'did not find expected node content';
      return { ok: false, error: `error: error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${what}` };
    }
    const value: unknown = d.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      const got = Array.isArray(value) ? '[]interface {}' : typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'bool';
      return { ok: false, error: `error: unable to decode "${source}": json: cannot unmarshal ${got === '[]interface {}' ? 'array' : got} into Go value of type map[string]interface {}` };
    }
    docs.push({ doc: value as Record<string, unknown>, index: i });
  }
  return { ok: true, docs };
}

/**
 * The text of `-f <arg>`: a manifest the scenario provides by that name, or inline
 * YAML typed as one quoted word with literal `\n` between lines (read as STDIN).
 */
export function manifestSource(manifests: ReadonlyMap<string, string>, arg: string): { text: string; source: string } | null {
  const named = manifests.get(arg) ?? manifests.get(arg.replace(/^\.\//, ''));
  if (named !== undefined) return { text: named, source: arg };
  if (arg.includes('\n') || arg.includes('\\n') || /^\s*(apiVersion|kind)\s*:/.test(arg)) {
    return { text: arg.replace(/\\n/g, '\n'), source: 'STDIN' };
  }
  return null;
}
