/** The three seed articles as demo pages, each served under its publisher's real host name. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../pages');

export interface DemoArticle {
  /** Host name the page is served under; the shipped site list must cover it. */
  host: string;
  /** Path of the article on that host. */
  path: string;
  file: string;
  seed: string;
  publication: string;
  headline: string;
  /** The date as the byline shows it. */
  date: string;
  /** The publication date in ISO form, for the page's article:published_time and <time> (a month where the day is not known). */
  published: string;
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    host: 'rmx.news',
    path: '/czech-republic/kremlin-spokesman-relations-between-czechia-and-russia-have-been-tarnished/',
    file: 'rmx-news.html',
    seed: '000_635cf5e7dbc0a24e.txt',
    publication: 'Remix News',
    headline: 'Kremlin Spokesman: Relations between Czechia and Russia have been tarnished',
    date: 'July 2020',
    published: '2020-07',
  },
  {
    host: 'www.voanews.com',
    path: '/a/europe_czech-republic-urges-eu-nato-allies-retaliate-against-russia-over-2014-explosion/6204941.html',
    file: 'voanews.html',
    seed: '001_260718149ea48a8f.txt',
    publication: 'Voice of America',
    headline: 'Czech Republic Urges EU, NATO Allies to Retaliate Against Russia Over 2014 Explosion',
    date: '20 April 2021',
    published: '2021-04-20',
  },
  {
    host: 'www.washingtonexaminer.com',
    path: '/policy/defense-national-security/czech-officials-crack-down-on-russian-spy-headquarters',
    file: 'washingtonexaminer.html',
    seed: '003_e67373e22f0f8cfd.txt',
    publication: 'Washington Examiner',
    headline: 'Czech officials crack down on Russian spy headquarters',
    date: '22 April 2021',
    published: '2021-04-22',
  },
];
