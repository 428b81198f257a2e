/**
 * Checks that need the whole collection, which a per-entry schema cannot see:
 * file name = code, no duplicates, every referenced code exists, no self-reference.
 */

/** The part of an entry these checks read. */
export interface CheckedEntry {
  /** The entry id, which is the file name without .mdx. */
  id: string;
  data: { code: string; related?: readonly { code: string }[] | undefined };
}

/** The path of an entry's file, for messages. */
const entryFile = (id: string): string => `content/codes/${id}.mdx`;

/** Returns one message per problem, each naming the file and the field. */
export function checkCollection(entries: readonly CheckedEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { id, data } of entries) {
    if (data.code !== id) {
      problems.push(`${entryFile(id)}: field "code" is "${data.code}" but the file name says "${id}"`);
    }
    const first = seen.get(data.code);
    if (first !== undefined) {
      problems.push(`${entryFile(id)}: field "code" duplicates ${entryFile(first)} (both are ${data.code})`);
    } else {
      seen.set(data.code, id);
    }
  }
  const known = new Set(entries.map((e) => e.data.code));
  for (const { id, data } of entries) {
    const listed = new Set<string>();
    (data.related ?? []).forEach(({ code }, index) => {
      const field = `related[${index}].code`;
      if (code === data.code) problems.push(`${entryFile(id)}: field "${field}" names the entry itself`);
      else if (!known.has(code))
        problems.push(`${entryFile(id)}: field "${field}" names ${code}, which has no entry in content/codes/`);
      if (listed.has(code)) problems.push(`${entryFile(id)}: field "${field}" lists ${code} twice`);
      listed.add(code);
    });
  }
  return problems;
}

/** Throws one error that lists every problem, so a bad collection stops the build. */
export function assertCollection(entries: readonly CheckedEntry[]): void {
  const problems = checkCollection(entries);
  if (problems.length > 0) {
    throw new Error(`The codes collection is invalid:\n  ${problems.join('\n  ')}`);
  }
}
