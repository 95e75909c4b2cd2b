/**
 * The two note types of the package, as legacy (schema 11) JSON. Their IDs are fixed, so a second import
 * of a later export reuses them instead of adding copies. Each keeps the article's source sentence in a
 * field of its own.
 */
export const BASIC_MODEL_ID = 1735689600001;
export const CLOZE_MODEL_ID = 1735689600002;

export const BASIC_FIELDS = ['Front', 'Back', 'Source'] as const;
export const CLOZE_FIELDS = ['Text', 'Extra', 'Source'] as const;

const CSS = `.card { font-family: Georgia, serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.source { margin-top: 1em; font-size: 0.8em; color: #555; border-left: 3px solid #ccc; padding-left: 0.6em; }
.cloze { font-weight: bold; color: #0645ad; }`;

const SOURCE_BLOCK = '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}';

const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
  '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

function field(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] as string[] };
}

function template(name: string, qfmt: string, afmt: string) {
  return { name, ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 };
}

interface ModelOptions {
  id: number;
  name: string;
  type: 0 | 1;
  fields: readonly string[];
  tmpl: ReturnType<typeof template>;
  deckId: number;
  modSeconds: number;
}

function model({ id, name, type, fields, tmpl, deckId, modSeconds }: ModelOptions) {
  return {
    id,
    name,
    type,
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [tmpl],
    flds: fields.map(field),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: '\\end{document}',
    latexsvg: false,
    // Card 1 needs the first field (Front / Text) to be non-empty.
    req: [[0, 'any', [0]]],
    tags: [] as string[],
    vers: [] as number[],
  };
}

/** The `models` JSON of the col table: id → note type. */
export function noteTypes(deckId: number, modSeconds: number): Record<string, ReturnType<typeof model>> {
  const basic = model({
    id: BASIC_MODEL_ID,
    name: 'Argument Study Basic',
    type: 0,
    fields: BASIC_FIELDS,
    tmpl: template('Card 1', '{{Front}}', `{{FrontSide}}<hr id="answer">{{Back}}${SOURCE_BLOCK}`),
    deckId,
    modSeconds,
  });
  const cloze = model({
    id: CLOZE_MODEL_ID,
    name: 'Argument Study Cloze',
    type: 1,
    fields: CLOZE_FIELDS,
    tmpl: template('Cloze', '{{cloze:Text}}', `{{cloze:Text}}<br>{{Extra}}${SOURCE_BLOCK}`),
    deckId,
    modSeconds,
  });
  return { [BASIC_MODEL_ID]: basic, [CLOZE_MODEL_ID]: cloze };
}
