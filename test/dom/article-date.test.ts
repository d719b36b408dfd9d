/** The article's publication date, which words a claim's note: from what news pages give, in their order of trust. */
import { afterEach, describe, expect, it } from 'vitest';
import { articleDate, currentArticleDate } from '../../lib/page/article-date';

const page = (head: string, body = '') => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
};

afterEach(() => page(''));

describe('articleDate', () => {
  it('reads article:published_time first', () => {
    expect(articleDate(page('<meta property="article:published_time" content="2021-04-20T08:15:00Z">', '<time datetime="2024-01-01">'))).toBe('2021-04-20');
  });

  it('reads JSON-LD datePublished, inside @graph too, past a broken block', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2021-04-22T10:00:00-04:00' }] });
    expect(articleDate(page(`<script type="application/ld+json">{ broken</script><script type="application/ld+json">${ld}</script>`))).toBe('2021-04-22');
  });

  it('reads the article’s <time datetime>, then any, and a month or a year as given', () => {
    expect(articleDate(page('', '<time datetime="2019-01-01">x</time><article><time datetime="2020-07">July 2020</time></article>'))).toBe('2020-07');
    expect(articleDate(page('', '<p><time datetime="2018">2018</time></p>'))).toBe('2018');
  });

  it('gives nothing for a page without a date, or with a date that is not one', () => {
    expect(articleDate(page('<title>x</title>', '<p>no date</p>'))).toBeUndefined();
    expect(articleDate(page('<meta property="article:published_time" content="yesterday">', '<time datetime="2021-02-30">'))).toBeUndefined();
  });
});

describe('currentArticleDate', () => {
  const visit = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

  it('reads the page once per address, and again when a route change brings a new article', () => {
    visit('https://www.voanews.com/a/one.html');
    page('<meta property="article:published_time" content="2021-04-20T08:15:00Z">');
    expect(currentArticleDate()).toBe('2021-04-20');
    // The same address: what was read stands, though the page changed under it.
    page('<meta property="article:published_time" content="2021-05-01T08:15:00Z">');
    expect(currentArticleDate()).toBe('2021-04-20');
    visit('https://www.voanews.com/a/two.html');
    expect(currentArticleDate()).toBe('2021-05-01');
  });
});
