// The blocks other pages carry: top stories and trending names (home), an article's story and names.
import type { IntelMessages } from '../i18n/intel.ts';
import type { LinkView } from '../presenters/card.ts';
import type { EntityLinkView, StoryView } from '../presenters/intel.ts';
import { EntityLinks, StoryList } from './intel-parts.tsx';
import { AlsoPublishedBy } from './story-page.tsx';

/** The home page's stories: an `<aside>` named by its heading. */
export function StoriesBlock(props: { stories: StoryView[]; m: IntelMessages }) {
  return (
    <aside class="teasers stories-block" aria-labelledby="geschichten">
      <h2 id="geschichten" class="teasers__heading">
        {props.m.storiesHeading}
      </h2>
      <p class="teasers__note">{props.m.storiesNote}</p>
      <StoryList stories={props.stories} />
    </aside>
  );
}

/** The names most mentioned lately, with a link to the whole list. */
export function TrendingBlock(props: { entities: EntityLinkView[]; m: IntelMessages; morePath: string }) {
  return (
    <aside class="teasers trending-block" aria-labelledby="im-gespraech">
      <h2 id="im-gespraech" class="teasers__heading">
        <a href={props.morePath}>{props.m.trendingHeading}</a>
      </h2>
      <p class="teasers__note">{props.m.trendingNote}</p>
      <EntityLinks entities={props.entities} />
    </aside>
  );
}

/** Under an article: the other publishers of its text, the link to its story and the names it mentions. */
export function ArticleIntelBlock(props: { storyLink: LinkView | null; entities: EntityLinkView[]; alsoPublishedBy: LinkView[]; m: IntelMessages }) {
  const { m } = props;
  if (!props.storyLink && props.entities.length === 0 && props.alsoPublishedBy.length === 0) return null;
  return (
    <aside class="teasers article-intel" aria-labelledby="geschichte">
      <h2 id="geschichte" class="teasers__heading">
        {m.articleStoryLabel}
      </h2>
      {props.alsoPublishedBy.length > 0 ? <AlsoPublishedBy sources={props.alsoPublishedBy} m={m} /> : null}
      {props.storyLink ? (
        <p class="article-intel__story">
          <a href={props.storyLink.href}>{props.storyLink.text}</a>
        </p>
      ) : null}
      {props.entities.length > 0 ? (
        <nav class="article-intel__names" aria-label={m.articleEntitiesLabel}>
          <EntityLinks entities={props.entities} />
        </nav>
      ) : null}
    </aside>
  );
}
