/**
 * Markdown inline markup → the text the docs website shows. Cells are compared
 * with the rendered pages (rendered-pages/*.txt), where `<br>` has become a space,
 * code spans and links have lost their markup, and runs of spaces are one.
 */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/(`+)(.*?)\1/g, '$2') // code spans, any number of backticks (the docs use ```x``` inline)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2') // *emphasis*, not the `*` of "622208*********0000"
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
