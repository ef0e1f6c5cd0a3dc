// Changes a data directory the way an editor would, for the incremental
// build checks (scripts/lib/incremental.sh): `node edit-corpus.mjs DATA OP`
// where OP is one of
//   publish         a new article, the newest (a copy of the newest, 9 hours on)
//   correct SLUG    a corrected sentence in SLUG's body, with its `updated` time
//   move SLUG       SLUG into another category of the corpus
//   delete SLUG     SLUG removed, from the index and its file
// The texts stay the synthetic corpus's: made up, and signed so.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [data, op, slug] = process.argv.slice(2);
const indexFile = join(data, 'articles.json');
const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const articleFile = (s) => join(data, 'articles', `${s}.json`);
const read = (s) => JSON.parse(readFileSync(articleFile(s), 'utf8'));
const write = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
const summary = ({ slug, title, published, category, lead }) => ({ slug, title, published, category, lead });
const at = (s) => {
  const i = index.articles.findIndex((a) => a.slug === s);
  if (i < 0) throw new Error(`${s}: not in ${indexFile}`);
  return i;
};
// Vietnam time, as the format writes it.
const vietnam = (ms) => `${new Date(ms + 7 * 3600e3).toISOString().slice(0, 19)}+07:00`;
const newest = () => index.articles.reduce((a, b) => (Date.parse(a.published) >= Date.parse(b.published) ? a : b));

switch (op) {
  case 'publish': {
    const last = read(newest().slug);
    const n = index.articles.length + 1;
    const article = {
      ...last,
      slug: `bai-thu-nghiem-moi-${n}`,
      title: `Bài thử nghiệm số ${n}: tin mới đăng`,
      published: vietnam(Date.parse(last.published) + 9 * 3600e3),
    };
    delete article.updated;
    write(articleFile(article.slug), article);
    index.articles.push(summary(article));
    break;
  }
  case 'correct': {
    const article = read(slug);
    article.body[0].text = article.body[0].text.replace(/\.$/, ', đã đính chính.');
    article.updated = vietnam(Date.parse(newest().published) + 3600e3);
    write(articleFile(slug), article);
    break;
  }
  case 'move': {
    const article = read(slug);
    const other = index.articles.find((a) => a.category.slug !== article.category.slug).category;
    article.category = other;
    write(articleFile(slug), article);
    index.articles[at(slug)] = summary(article);
    break;
  }
  case 'delete':
    index.articles.splice(at(slug), 1);
    rmSync(articleFile(slug));
    break;
  default:
    throw new Error(`${op}: not publish, correct, move or delete`);
}
write(indexFile, index);
