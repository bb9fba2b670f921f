import type { IntelMessages } from '../i18n/intel.ts';
import type { QuoteItemView, StoryView } from '../presenters/intel.ts';
import { QuoteList, StoryList } from './intel-parts.tsx';

/** What an entity page shows. */
export interface EntityPageView {
  name: string;
  kind: string;
  stories: StoryView[];
  quotes: QuoteItemView[];
}

/** A person, organisation or place: the stories that name it and what it said, newest first. */
export function EntityPage(props: { view: EntityPageView; m: IntelMessages }) {
  const { view: v, m } = props;
  return (
    <div class="entity-page">
      <header class="list__header">
        <p class="kicker">{v.kind}</p>
        <h1 class="list__heading">{v.name}</h1>
      </header>
      <section class="story-page__section" aria-labelledby="geschichten">
        <h2 id="geschichten">{m.entityStoriesHeading}</h2>
        {v.stories.length > 0 ? <StoryList stories={v.stories} /> : <p class="list__empty">{m.entityNoStories}</p>}
      </section>
      <section class="story-page__section" aria-labelledby="zitate">
        <h2 id="zitate">{m.entityQuotesHeading}</h2>
        {v.quotes.length > 0 ? <QuoteList quotes={v.quotes} m={m} /> : <p class="list__empty">{m.entityNoQuotes}</p>}
      </section>
    </div>
  );
}
