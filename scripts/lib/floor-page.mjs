// Writes DIR/index.html (and the 404 page and policy nginx wants): the seed article as the plainest static HTML page,
// with a few lines of inline CSS. The benchmark's floor.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2];
const data = new URL('../../public/data/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('articles.json', data), 'utf8'));
const article = JSON.parse(readFileSync(new URL(`articles/${index.articles[0].slug}.json`, data), 'utf8'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const body = article.body
  .map((block) => (block.type === 'paragraph'
    ? `<p>${escape(block.text)}</p>`
    : `<figure><figcaption>${escape(block.caption)}</figcaption></figure>`))
  .join('\n');
writeFileSync(`${dir}/index.html`, `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.title)}</title><meta name="description" content="${escape(article.lead)}">
<style>body{font-family:system-ui,sans-serif;max-width:68ch;margin:0 auto;padding:1rem;line-height:1.7}</style></head>
<body><h1>${escape(article.title)}</h1>
${body}
${article.byline ? `<p>${escape(article.byline)}</p>` : ""}</body></html>
`);
writeFileSync(`${dir}/404.html`, '<!doctype html><title>404</title>');
// The nginx rules take the policies from the site's own csp.nginx (the
// site's, and the embed pages'): the floor allows its one inline stylesheet.
const policy = "default-src 'self'; style-src 'unsafe-inline'";
writeFileSync(`${dir}/csp.nginx`, `set $tinso_csp "${policy}";\nset $tinso_embed_csp "${policy}";\n`);
