/**
 * Turns schema issues into messages that name the file and the field, the same shape
 * the collection checks use: "content/codes/425.mdx: field "commands[2]": ...".
 */

/** The part of a zod issue these messages read. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  /** Set on "unrecognized keys" issues: the unknown field names. */
  keys?: readonly string[];
}

/** Formats a field path such as ["related", 0, "code"] as "related[0].code". */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`),
    '',
  );
}

/** One line per issue, each naming the file and the field. */
export function formatIssues(file: string, issues: readonly IssueLike[]): string[] {
  return issues.map((issue) => {
    const base = fieldPath(issue.path);
    const field =
      issue.keys !== undefined
        ? issue.keys.map((k) => (base === '' ? k : `${base}.${k}`)).join('", "')
        : base || '(front matter)';
    return `${file}: field "${field}": ${issue.message}`;
  });
}
