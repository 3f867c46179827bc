// The WordPress plugin's translation template (languages/missing-pieces.pot): every string the
// plugin passes to WordPress's translation functions with its text domain, with the translators'
// comments and where each is used. scripts/package.mjs writes it into the plugin's zip, so it can
// never fall behind the code. The same sources always give the same bytes (no creation date).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DOMAIN = 'missing-pieces';

/** Translation calls: `__( 'text', 'missing-pieces' )` and the escaping forms, in PHP and JS. */
const CALL = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*['"]([\w-]+)['"]\s*\)/g;
const TRANSLATORS = /\/\*\s*translators:([\s\S]*?)\*\//g;

/** A quoted PHP or JavaScript string's text. */
const unquote = (quoted) => quoted.slice(1, -1).replace(/\\(.)/g, '$1');

/** Text as a PO string. */
const po = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/**
 * The template for the plugin in `dir` (`files`: its files, relative), at `version`. Each string
 * once, in the order first used, with every place it is used and the translators' comment just
 * before its first use.
 */
export function makePot(dir, files, version) {
  const entries = new Map();
  const add = (msgid, reference, comment) => {
    const entry = entries.get(msgid) ?? { references: [], comment: '' };
    entry.references.push(reference);
    if (!entry.comment && comment) entry.comment = comment;
    entries.set(msgid, entry);
  };
  for (const file of files.filter((f) => /\.(php|js)$/.test(f))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const lineAt = (offset) => source.slice(0, offset).split('\n').length;
    const comments = [...source.matchAll(TRANSLATORS)].map((m) => ({ end: m.index + m[0].length, text: m[1].trim() }));
    const used = new Set();
    for (const match of source.matchAll(CALL)) {
      if (match[2] !== DOMAIN) continue;
      // A translators' comment belongs to the first call that follows it within a few lines.
      const comment = comments.findLast((c) => c.end <= match.index && lineAt(match.index) - lineAt(c.end) <= 3);
      const mine = comment && !used.has(comment);
      if (mine) used.add(comment);
      add(unquote(match[1]), `${file}:${lineAt(match.index)}`, mine ? `translators: ${comment.text}` : '');
    }
  }
  const block = JSON.parse(readFileSync(join(dir, 'block', 'block.json'), 'utf8'));
  for (const field of ['title', 'description']) {
    if (block.textdomain === DOMAIN && block[field]) add(block[field], 'block/block.json', `block ${field}`);
  }
  const header = [
    `# Translation template for the Missing Pieces check-in WordPress plugin ${version}.`,
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Missing Pieces check-in ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    `"X-Domain: ${DOMAIN}\\n"`,
  ];
  const body = [...entries].map(([msgid, { references, comment }]) =>
    [...(comment ? [`#. ${comment}`] : []), `#: ${references.join(' ')}`, `msgid ${po(msgid)}`, 'msgstr ""'].join('\n'),
  );
  return `${[header.join('\n'), ...body].join('\n\n')}\n`;
}
