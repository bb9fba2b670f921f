import { raw } from 'hono/html';
import { fill, fillParts, type Language, type Messages } from '../i18n/index.ts';
import type { ArticleView } from '../presenters/article.ts';
import { Dateline, TimeText } from './dateline.tsx';

/**
 * One article. The body is sanitised HTML and goes out raw; everything else is escaped. When the
 * article's language differs from the interface's, the article carries its `lang` and the
 * interface parts inside switch back to the interface language.
 */
export function ArticlePage(props: { view: ArticleView; messages: Messages; language: Language }) {
  const v = props.view;
  const m = props.messages;
  const uiLang = v.lang ? props.language : undefined;
  return (
    <article class="story" lang={v.lang ?? undefined}>
      <header class="story__header">
        {v.category ? (
          <p class="kicker" lang={uiLang}>
            <a href={v.category.href}>{v.category.text}</a>
          </p>
        ) : null}
        <h1 class="story__title">{v.title}</h1>
        {v.lead ? <p class="story__lead">{v.lead}</p> : null}
        <p class="meta story__meta" lang={uiLang}>
          {v.authorParts ? (
            <span class="meta__byline">
              {fillParts(m.byline, {
                name: v.authorParts.map((part) => (typeof part === 'string' ? part : <a href={part.href}>{part.text}</a>)),
              })}
            </span>
          ) : v.byline ? (
            <span class="meta__byline">{v.byline}</span>
          ) : null}
          <a class="meta__source" href={v.source.href}>
            {v.source.text}
          </a>
          <Dateline dateline={v.dateline} messages={m} />
          {v.updated ? (
            <span class="meta__updated">{fillParts(m.updatedAt, { time: <TimeText time={v.updated} /> })}</span>
          ) : null}
        </p>
      </header>
      {v.heroImage ? (
        <figure class="story__hero">
          <img src={v.heroImage.src} alt={v.heroImage.alt} decoding="async" referrerpolicy="no-referrer" />
        </figure>
      ) : null}
      {v.bodyHtml ? <div class={`story__body story__body--${v.policy}`}>{raw(v.bodyHtml)}</div> : null}
      <footer class="story__footer">
        {v.policy === 'full' ? null : (
          <p class="story__notice" lang={uiLang}>
            {fill(v.policy === 'excerpt' ? m.excerptNotice : m.headlineNotice, { source: v.source.text })}
          </p>
        )}
        {v.tags.length > 0 ? (
          <nav class="story__tags" aria-label={m.tagsLabel} lang={uiLang}>
            <ul class="tags">
              {v.tags.map((t) => (
                <li>
                  <a href={t.href}>{t.text}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {v.original ? (
          <p class="story__original" lang={v.original.custom ? undefined : uiLang}>
            <a class="button" href={v.original.href} rel="noopener">
              {v.original.text}
            </a>
          </p>
        ) : null}
      </footer>
    </article>
  );
}
