import { fillParts } from '../i18n/index.ts';
import type { IntelMessages } from '../i18n/intel.ts';
import type { LinkView } from '../presenters/card.ts';
import type { EntityLinkView, QuoteItemView, StoryView, TimelineItemView } from '../presenters/intel.ts';
import { TimeText } from './dateline.tsx';
import { Dateline } from './dateline.tsx';
import type { Messages } from '../i18n/index.ts';
import { EntityLinks, QuoteList } from './intel-parts.tsx';

/** What the story page shows. */
export interface StoryPageView {
  story: StoryView;
  timeline: TimelineItemView[];
  sources: LinkView[];
  quotes: QuoteItemView[];
  entities: EntityLinkView[];
}

/**
 * A story: its title and span, the articles in order of time (a wire text once, with the other
 * publishers named under it), the sources, who said what, and the people, organisations and places.
 */
export function StoryPage(props: { view: StoryPageView; m: IntelMessages; messages: Messages }) {
  const { view: v, m } = props;
  return (
    <div class="story-page">
      <header class="list__header">
        <p class="kicker">{m.storyLabel}</p>
        <h1 class="list__heading">{v.story.title}</h1>
        <p class="story-page__summary">
          {v.story.summary} · {fillParts(m.storySpan, { first: <TimeText time={v.story.first} />, last: <TimeText time={v.story.last} /> })}
        </p>
        {v.story.closed ? <p class="story-page__closed">{m.storyClosed}</p> : null}
      </header>
      <section class="story-page__section" aria-labelledby="verlauf">
        <h2 id="verlauf">{m.timelineHeading}</h2>
        <ol class="timeline">
          {v.timeline.map((item) => (
            <li class="timeline__item" lang={item.card.lang ?? undefined}>
              <p class="timeline__meta">
                <Dateline dateline={item.card.dateline} messages={props.messages} /> · <a href={item.card.source.href}>{item.card.source.text}</a>
              </p>
              <h3 class="timeline__title">
                <a href={item.card.href}>{item.card.title}</a>
              </h3>
              {item.alsoPublishedBy.length > 0 ? <AlsoPublishedBy sources={item.alsoPublishedBy} m={m} /> : null}
            </li>
          ))}
        </ol>
      </section>
      {v.quotes.length > 0 ? (
        <section class="story-page__section" aria-labelledby="zitate">
          <h2 id="zitate">{m.quotesHeading}</h2>
          <QuoteList quotes={v.quotes} m={m} />
        </section>
      ) : null}
      {v.entities.length > 0 ? (
        <section class="story-page__section" aria-labelledby="namen">
          <h2 id="namen">{m.entitiesHeading}</h2>
          <EntityLinks entities={v.entities} />
        </section>
      ) : null}
      <section class="story-page__section" aria-labelledby="quellen">
        <h2 id="quellen">{m.sourcesHeading}</h2>
        <ul class="entity-links">
          {v.sources.map((s) => (
            <li>
              <a href={s.href}>{s.text}</a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** "Same text also published by: A, B": the other publishers of one wire text, as links. */
export function AlsoPublishedBy(props: { sources: LinkView[]; m: IntelMessages }) {
  return (
    <p class="also-published">
      {props.m.alsoPublishedBy}{' '}
      {props.sources.map((s, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={s.href}>{s.text}</a>
        </>
      ))}
    </p>
  );
}
