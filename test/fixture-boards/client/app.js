// Client of the JavaScript demo board (MuncaAcum). Fetches adverts from the JSON API and builds the
// page. Advert content is hostile input, so it is only ever set as textContent, never as HTML.
// When a page is complete it adds #list-ready (listing) or #offer-ready (advert) for crawlers to wait on.
'use strict';

(function main() {
  const app = document.getElementById('app');

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /** Text with line breaks: one text node per line, separated by <br> elements. */
  function lines(tag, className, text) {
    const node = el(tag, className);
    String(text)
      .split('\n')
      .forEach((line, i) => {
        if (i > 0) node.appendChild(document.createElement('br'));
        node.appendChild(document.createTextNode(line));
      });
    return node;
  }

  function marker(id) {
    const node = document.createElement('div');
    node.id = id;
    document.body.appendChild(node);
  }

  function fail(message, markerId) {
    app.replaceChildren(el('p', 'ma-error', message));
    marker(markerId);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  async function renderList(page) {
    let data;
    try {
      data = await getJson(`/api/adverts?page=${page}`);
    } catch {
      fail('Pagina nu există.', 'list-error');
      return;
    }
    const list = el('ul', 'offer-list');
    for (const item of data.items) {
      const li = el('li', 'offer-item');
      const link = el('a', 'offer-link', item.title);
      link.href = item.url;
      li.appendChild(link);
      li.appendChild(el('span', 'offer-meta', item.location));
      list.appendChild(li);
    }
    const nav = el('nav', 'pager');
    if (page > 1) {
      const prev = el('a', 'prev-page', '« Pagina anterioară');
      prev.href = `/?page=${page - 1}`;
      nav.appendChild(prev);
    }
    nav.appendChild(el('span', 'page-of', ` Pagina ${data.page} din ${data.pageCount} `));
    if (page < data.pageCount) {
      const next = el('a', 'next-page', 'Pagina următoare »');
      next.href = `/?page=${page + 1}`;
      nav.appendChild(next);
    }
    app.replaceChildren(el('h1', 'list-title', 'Oferte de muncă'), list, nav);
    marker('list-ready');
  }

  async function renderOffer(id) {
    let offer;
    try {
      offer = await getJson(`/api/adverts/${encodeURIComponent(id)}`);
    } catch {
      fail('Oferta nu mai este disponibilă.', 'offer-error');
      return;
    }
    const article = el('article', 'offer');
    article.appendChild(el('h2', 'offer-title', offer.title));
    if (offer.employer !== null) article.appendChild(el('p', 'offer-employer', offer.employer));
    article.appendChild(el('p', 'offer-location', offer.location));
    if (offer.salary !== null) article.appendChild(el('p', 'offer-salary', offer.salary));
    const date = el('p', 'offer-date');
    const time = el('time', 'offer-time', offer.postedAt.slice(0, 10).split('-').reverse().join('.'));
    time.setAttribute('datetime', offer.postedAt);
    date.appendChild(time);
    article.appendChild(date);
    const description = el('div', 'offer-description');
    for (const paragraph of offer.paragraphs) description.appendChild(lines('p', '', paragraph));
    article.appendChild(description);
    if (offer.contact !== null) article.appendChild(lines('p', 'offer-contact', offer.contact));
    app.replaceChildren(article);
    marker('offer-ready');
  }

  const match = /^\/oferta\/([a-z0-9-]+)$/.exec(window.location.pathname);
  if (match) {
    renderOffer(match[1]);
  } else {
    const page = Number(new URLSearchParams(window.location.search).get('page') || '1');
    renderList(Number.isInteger(page) && page > 0 ? page : 1);
  }
})();
