/** A `<form>` of an HTML page, with the inputs it would post. */
export interface HiddenForm {
  /** The form's `action`, resolved against the page URL. */
  readonly action: URL;
  /** The inputs, in document order, values HTML-entity-decoded. */
  readonly fields: readonly (readonly [string, string])[];
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
};

/**
 * Decodes the HTML entities Auth0 writes into attribute values (`&#34;`, `&quot;`, `&amp;`,
 * `&#x2F;` …).
 *
 * @param text - An attribute value.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    }
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/**
 * Finds the first `<form method="post">` of a page and its named inputs, as Auth0's "hidden
 * form" page (`wa`, `wresult`, `wctx`) that a browser would post by script.
 *
 * @param html - The page.
 * @param pageUrl - Where the page came from, to resolve a relative `action`.
 * @returns The form, or `undefined` when the page has none.
 */
export function parseHiddenForm(html: string, pageUrl: URL): HiddenForm | undefined {
  const formMatch = /<form\b[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!formMatch) return undefined;
  const formTag = /<form\b[^>]*>/i.exec(formMatch[0])?.[0] ?? '';
  const method = (attribute(formTag, 'method') ?? 'get').toLowerCase();
  const action = attribute(formTag, 'action');
  if (method !== 'post' || !action) return undefined;
  const fields: [string, string][] = [];
  for (const input of formMatch[1]?.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attribute(input, 'name');
    if (name) fields.push([name, attribute(input, 'value') ?? '']);
  }
  return { action: new URL(action, pageUrl), fields };
}
