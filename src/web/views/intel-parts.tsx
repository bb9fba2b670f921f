// Pieces the story and entity pages share: quotations, entity links, story lists.
import { fillParts } from '../i18n/index.ts';
import type { IntelMessages } from '../i18n/intel.ts';
import type { EntityLinkView, QuoteItemView, StoryView } from '../presenters/intel.ts';
import { TimeText } from './dateline.tsx';

/** Quotations as block quotes with who said them and where; each names its article. */
export function QuoteList(props: { quotes: QuoteItemView[]; m: IntelMessages }) {
  return (
    <ul class="quotes">
      {props.quotes.map((q) => (
        <li class="quote">
          <blockquote class="quote__text">
            <p>{q.text}</p>
          </blockquote>
          <p class="quote__by">
            {q.indirect ? <span class="quote__kind">{q.indirect} · </span> : null}
            {fillParts(props.m.quoteSaid, {
              speaker: q.speaker ? <a href={q.speaker.href}>{q.speaker.text}</a> : <span>{q.speakerText ?? ''}</span>,
              article: <a href={q.article.href}>{q.article.text}</a>,
              source: <span>{q.source}</span>,
            })}
            {q.time ? (
              <>
                {' · '}
                <TimeText time={q.time} />
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Entities as a list of links, each with its kind (and count, where there is one). */
export function EntityLinks(props: { entities: EntityLinkView[] }) {
  return (
    <ul class="entity-links">
      {props.entities.map((e) => (
        <li>
          <a href={e.href}>{e.text}</a> <span class="entity-links__kind">{e.count ? `${e.kind}, ${e.count}` : e.kind}</span>
        </li>
      ))}
    </ul>
  );
}

/** Stories as a list of links with their counts and their latest time. */
export function StoryList(props: { stories: StoryView[] }) {
  return (
    <ul class="story-list">
      {props.stories.map((s) => (
        <li>
          <a href={s.href}>{s.title}</a>{' '}
          <span class="story-list__meta">
            {s.counts} · <TimeText time={s.last} />
          </span>
        </li>
      ))}
    </ul>
  );
}
