/**
 * Runs inside the page (pass it to page.evaluate): the marks a reader sees,
 * read from the page's own `CSS.highlights`, with offsets into the article's
 * text as gold files count them (its h1 and p elements joined by blank lines).
 * Self-contained on purpose: it is serialized into the page.
 */
export interface PageMark {
  highlight: string;
  text: string;
  start: number;
  end: number;
  rect: { x: number; y: number; width: number; height: number };
}

export function readMarksInPage(): PageMark[] {
  const blocks = [...document.querySelectorAll('article h1, article p')];
  const offsets: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    offsets.push(offset);
    offset += (block.textContent ?? '').length + 2;
  }
  const marks: PageMark[] = [];
  for (const highlight of ['dramatis-person', 'dramatis-organization']) {
    for (const range of (CSS.highlights.get(highlight) ?? []) as Iterable<Range>) {
      const index = blocks.findIndex((b) => b.contains(range.startContainer));
      let start = -1;
      if (index >= 0) {
        const before = document.createRange();
        before.setStart(blocks[index]!, 0);
        before.setEnd(range.startContainer, range.startOffset);
        start = offsets[index]! + before.toString().length;
      }
      const text = range.toString();
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      marks.push({ highlight, text, start, end: start < 0 ? -1 : start + text.length, rect: { x: r.x, y: r.y, width: r.width, height: r.height } });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
