import type { Messages } from '../i18n/index.ts';
import type { AlsoPublishedView, CardView } from '../presenters/card.ts';
import { Dateline } from './dateline.tsx';

/** The category above a card's headline, when it has one. */
export function CardKicker(props: { card: CardView }) {
  const c = props.card;
  return c.category ? (
    <p class="kicker">
      <a href={c.category.href}>{c.category.text}</a>
    </p>
  ) : null;
}

/** The line under a card: its source and its date. */
export function CardMeta(props: { card: CardView; messages: Messages }) {
  const c = props.card;
  return (
    <p class="meta">
      <a class="meta__source" href={c.source.href}>
        {c.source.text}
      </a>
      <Dateline dateline={c.dateline} messages={props.messages} />
    </p>
  );
}

/** A teaser of one article in a list. Headline first in reading order; the image is placed by CSS. */
export function ArticleCard(props: { card: CardView; messages: Messages }) {
  const c = props.card;
  const lang = c.lang ?? undefined;
  return (
    <article class={c.image ? 'card card--image' : 'card'}>
      <div class="card__text">
        <CardKicker card={c} />
        <h2 class="card__title" lang={lang}>
          <a href={c.href}>{c.title}</a>
        </h2>
        {c.lead ? (
          <p class="card__lead" lang={lang}>
            {c.lead}
          </p>
        ) : null}
        <CardMeta card={c} messages={props.messages} />
        {c.alsoPublishedBy ? <AlsoPublishedLine view={c.alsoPublishedBy} /> : null}
      </div>
      {c.image ? (
        <img
          class="card__image"
          src={c.image.src}
          alt={c.image.alt}
          loading="lazy"
          decoding="async"
          referrerpolicy="no-referrer"
        />
      ) : null}
    </article>
  );
}

/** "Auch bei: A, B und 2 weiteren" under a card of a wire text, each name linking that publisher's copy. */
export function AlsoPublishedLine(props: { view: AlsoPublishedView }) {
  const v = props.view;
  return (
    <p class="also-published card__also">
      {v.label}{' '}
      {v.links.map((l, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={l.href}>{l.text}</a>
        </>
      ))}
      {v.more ? ` ${v.more}` : null}
    </p>
  );
}
