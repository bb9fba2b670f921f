// The intelligence blocks other routes embed, loaded and presented here so those routes stay short.
import type { SiteDeps, Ui } from '../context.ts';
import { intelMessagesFor } from '../i18n/intel.ts';
import { TRENDING_PATH } from '../intel-urls.ts';
import { presentEntityLink, presentSourceLink, presentStory, presentStoryLink } from '../presenters/intel.ts';
import { ArticleIntelBlock, StoriesBlock, TrendingBlock } from '../views/intel-blocks.tsx';
import { trendingSince } from './intel.tsx';

const HOME_STORIES = 6;
const HOME_TRENDING = 10;

/** The front page's "Stories" and "In the news" blocks (nothing without the reader or without content). */
export async function homeIntelBlocks(deps: Pick<SiteDeps, 'intel'>, ui: Ui) {
  if (!deps.intel) return null;
  const m = intelMessagesFor(ui.language);
  const since = trendingSince(ui.now);
  const [stories, entities] = await Promise.all([deps.intel.topStories(since, HOME_STORIES), deps.intel.trendingEntities(since, HOME_TRENDING)]);
  return (
    <>
      {stories.length > 0 ? <StoriesBlock stories={stories.map((s) => presentStory(s, ui, m))} m={m} /> : null}
      {entities.length > 0 ? <TrendingBlock entities={entities.map((e) => presentEntityLink(e, m))} m={m} morePath={TRENDING_PATH} /> : null}
    </>
  );
}

/** Under an article: the other publishers of its wire text, its story (when it has more than itself) and its names. */
export async function articleIntelBlock(deps: Pick<SiteDeps, 'intel'>, ui: Ui, articleId: number) {
  if (!deps.intel) return null;
  const m = intelMessagesFor(ui.language);
  const found = await deps.intel.article(articleId);
  const story = found.story && found.story.articleCount > 1 ? found.story : null;
  return (
    <ArticleIntelBlock
      storyLink={story ? presentStoryLink(story, m) : null}
      entities={found.entities.map((e) => presentEntityLink(e, m))}
      alsoPublishedBy={found.alsoPublishedBy.map(presentSourceLink)}
      m={m}
    />
  );
}
