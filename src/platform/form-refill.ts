/**
 * Puts a person's answers back into a page's form: the answers of a form that arrived after
 * their session had ended, shown again once they have signed in (see unsaved-answers.ts).
 *
 * Kindred's forms are written by govuk-frontend's macros, so their fields have one shape:
 * `<input … name="x" …>`, `<textarea … name="x" …>…</textarea>` and `<select … name="x" …>`
 * with `<option value="…">`. Only fields named in the answers are changed, except checkboxes:
 * an unticked box is not sent, so a box missing from the answers was left unticked. Hidden
 * fields (the CSRF token, the page's own state) keep the page's values.
 */
export type Answers = Record<string, string | string[]>;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeAttribute(match[1] ?? '') : null;
}

function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}(="[^"]*")?(?=[\\s>/])`, 'g'), '');
}

function withAttribute(tag: string, name: string, value: string | null): string {
  const bare = withoutAttribute(tag, name);
  const text = value === null ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  return bare.replace(/\s*(\/?)>$/, `${text}$1>`);
}

const listOf = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export function refillForm(html: string, answers: Answers): string {
  const has = (name: string) => Object.hasOwn(answers, name);
  const first = (name: string) => listOf(answers[name])[0] ?? '';

  let page = html.replace(/<input\b[^>]*>/g, (tag) => {
    const name = attribute(tag, 'name');
    if (!name) return tag;
    const type = (attribute(tag, 'type') ?? 'text').toLowerCase();
    if (['hidden', 'submit', 'button', 'file', 'password'].includes(type)) return tag;
    if (type === 'checkbox' || type === 'radio') {
      if (type === 'radio' && !has(name)) return tag;
      const ticked = listOf(answers[name]).includes(attribute(tag, 'value') ?? 'on');
      return ticked ? withAttribute(tag, 'checked', null) : withoutAttribute(tag, 'checked');
    }
    return has(name) ? withAttribute(tag, 'value', first(name)) : tag;
  });

  page = page.replace(
    /(<textarea\b[^>]*>)([\s\S]*?)(<\/textarea>)/g,
    (whole, open: string, _text: string, close: string) => {
      const name = attribute(open, 'name');
      return name && has(name) ? `${open}${escapeText(first(name))}${close}` : whole;
    },
  );

  page = page.replace(
    /(<select\b[^>]*>)([\s\S]*?)(<\/select>)/g,
    (whole, open: string, options: string, close: string) => {
      const name = attribute(open, 'name');
      if (!name || !has(name)) return whole;
      const chosen = listOf(answers[name]);
      const refilled = options.replace(/<option\b[^>]*>/g, (tag) =>
        chosen.includes(attribute(tag, 'value') ?? '')
          ? withAttribute(tag, 'selected', null)
          : withoutAttribute(tag, 'selected'),
      );
      return `${open}${refilled}${close}`;
    },
  );
  return page;
}
