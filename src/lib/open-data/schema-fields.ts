/**
 * Lists the fields of a published JSON Schema with their types and descriptions, so the
 * /data/ page documents exactly what the schema files say.
 */

/** The part of a JSON Schema node this module reads. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  required?: string[];
  $ref?: string;
}

/** One documented field. */
export interface SchemaField {
  /** Where the field sits, e.g. "codes[].class.label". */
  path: string;
  /** Its type in words, e.g. "string or null", "array of objects". */
  type: string;
  description: string;
}

/** The alternatives of a node that allows several shapes. */
function alternatives(node: SchemaNode): SchemaNode[] {
  return node.anyOf ?? node.oneOf ?? [node];
}

/** A node's type in words. */
function typeOf(node: SchemaNode): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  // Long lists (the command names) would drown the table; their description says what they are.
  if (node.enum !== undefined)
    return node.enum.length > 8
      ? `string, one of ${node.enum.length} values`
      : `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  // Only the any-JSON values (an ftplib call's return value) are referenced definitions here.
  if (node.$ref !== undefined) return 'any JSON value';
  const alts = alternatives(node);
  if (alts.length > 1) return [...new Set(alts.map(typeOf))].join(' or ');
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  return (
    types
      .map((t) =>
        t === 'array' && node.items !== undefined
          ? `array of ${plural(typeOf(node.items))}`
          : t === 'string' && node.format === 'uri'
            ? 'URL'
            : t,
      )
      .join(' or ') || 'object'
  );
}

function plural(type: string): string {
  return type === 'object' ? 'objects' : type === 'string' ? 'strings' : type === 'URL' ? 'URLs' : type;
}

/**
 * Every field below a node, depth first, in the schema's order. A field that appears in
 * several alternatives of a union (such as "type" in a source, or "result" in the runs of
 * different clients) is listed once, with the types and descriptions of all of them, and
 * with the fields of every alternative below it.
 */
export function schemaFields(
  node: SchemaNode,
  prefix = '',
  byPath: Map<string, SchemaField> = new Map(),
  out: SchemaField[] = [],
): SchemaField[] {
  for (const alt of alternatives(node)) {
    const target = alt.type === 'array' && alt.items !== undefined ? alt.items : alt;
    const base = alt.type === 'array' ? `${prefix}[]` : prefix;
    for (const inner of alternatives(target)) {
      for (const [key, child] of Object.entries(inner.properties ?? {})) {
        const path = base === '' ? key : `${base}.${key}`;
        const field = {
          path,
          type: typeOf(child),
          description:
            child.description ?? alternatives(child).find((a) => a.description !== undefined)?.description ?? '',
        };
        const known = byPath.get(path);
        if (known === undefined) {
          byPath.set(path, field);
          out.push(field);
        } else {
          known.type = [...new Set([...known.type.split(' or '), ...field.type.split(' or ')])].join(' or ');
          if (field.description !== '' && !known.description.includes(field.description))
            known.description = `${known.description} ${field.description}`.trim();
        }
        schemaFields(child, path, byPath, out);
      }
    }
  }
  return out;
}
