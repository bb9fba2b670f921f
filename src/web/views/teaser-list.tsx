import type { CardView } from '../presenters/card.ts';

/**
 * A short titled list of articles as links with their source (the front page's "most read", the
 * related articles under an article): an `<aside>` named by its heading, numbered when the order is a rank.
 */
export function TeaserList(props: { id: string; heading: string; note?: string; cards: CardView[]; ranked: boolean; className: string }) {
  const items = props.cards.map((card) => (
    <li lang={card.lang ?? undefined}>
      <a href={card.href}>{card.title}</a> <span class="teasers__source">{card.source.text}</span>
    </li>
  ));
  return (
    <aside class={`teasers ${props.className}`} aria-labelledby={props.id}>
      <h2 id={props.id} class="teasers__heading">
        {props.heading}
      </h2>
      {props.note ? <p class="teasers__note">{props.note}</p> : null}
      {props.ranked ? <ol>{items}</ol> : <ul>{items}</ul>}
    </aside>
  );
}
