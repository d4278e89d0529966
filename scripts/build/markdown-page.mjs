// Turns one of our own Markdown documents (PRIVACY.md) into a page that ships
// in the extension, so the popup can link to it without any network request.
// Only the Markdown we write is supported: headings, paragraphs, one level of
// "- " lists, **bold**, `code` and [links](url). Runs at build time on files
// of this repository, never on page or dataset text.

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`);
}

export function markdownToHtml(markdown) {
  const out = [];
  for (const block of markdown.trim().split(/\n{2,}/)) {
    const heading = /^(#{1,3}) (.*)$/s.exec(block);
    if (heading) {
      const level = heading[1].length;
      out.push(`<h${level}>${inline(heading[2].replace(/\s*\n\s*/g, ' '))}</h${level}>`);
    } else if (block.startsWith('- ')) {
      const items = block.split(/\n- /).map((item) => item.replace(/^- /, '').replace(/\s*\n\s*/g, ' '));
      out.push(`<ul>\n${items.map((item) => `  <li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    } else {
      out.push(`<p>${inline(block.replace(/\s*\n\s*/g, ' '))}</p>`);
    }
  }
  return out.join('\n');
}

/** A whole page around the document, styled like the extension's other pages. */
export function markdownPage(markdown, { title, stylesheet }) {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<main class="page document">
${markdownToHtml(markdown)}
</main>
</body>
</html>
`;
}
