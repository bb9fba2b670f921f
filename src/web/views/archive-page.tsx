import type { Messages } from '../i18n/index.ts';
import type { LinkView } from '../presenters/card.ts';
import type { ListView } from '../presenters/list.ts';
import { ListBody } from './list-page.tsx';

/** One step of a breadcrumb trail; the current page is not a link. */
export type TrailStep = LinkView & { current: boolean };

/** A breadcrumb trail as an ordered list in a labelled navigation. */
export function Breadcrumbs(props: { trail: TrailStep[]; label: string }) {
  return (
    <nav class="breadcrumbs" aria-label={props.label}>
      <ol>
        {props.trail.map((step) => (
          <li>{step.current ? <span aria-current="page">{step.text}</span> : <a href={step.href}>{step.text}</a>}</li>
        ))}
      </ol>
    </nav>
  );
}

/** Links to the parts of a period (months, days) under their label. */
function PartLinks(props: { parts: { label: string; links: LinkView[] } }) {
  return (
    <nav class="archive__parts" aria-label={props.parts.label}>
      <ul>
        {props.parts.links.map((l) => (
          <li>
            <a href={l.href}>{l.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One period of the archive: trail, heading, links to its parts, then its articles with paging. */
export function ArchivePage(props: {
  trail: TrailStep[];
  kicker: string;
  heading: string;
  parts: { label: string; links: LinkView[] } | null;
  list: ListView;
  messages: Messages;
}) {
  return (
    <div class="list archive">
      <Breadcrumbs trail={props.trail} label={props.messages.breadcrumbLabel} />
      <header class="list__header">
        <p class="kicker">{props.kicker}</p>
        <h1 class="list__heading">{props.heading}</h1>
        {props.parts && props.parts.links.length > 0 ? <PartLinks parts={props.parts} /> : null}
      </header>
      <ListBody view={props.list} messages={props.messages} />
    </div>
  );
}

/** The archive's index: each year with links to its months, newest first. */
export function ArchiveIndex(props: { trail: TrailStep[]; years: Array<{ year: LinkView; months: { label: string; links: LinkView[] } }>; messages: Messages }) {
  const m = props.messages;
  return (
    <div class="list archive">
      <Breadcrumbs trail={props.trail} label={m.breadcrumbLabel} />
      <header class="list__header">
        <h1 class="list__heading">{m.archiveTitle}</h1>
        <p class="list__aside">{props.years.length > 0 ? m.archiveIntro : m.archiveEmpty}</p>
      </header>
      {props.years.map((y) => (
        <section class="archive__year" aria-labelledby={`jahr-${y.year.text}`}>
          <h2 id={`jahr-${y.year.text}`}>
            <a href={y.year.href}>{y.year.text}</a>
          </h2>
          <PartLinks parts={y.months} />
        </section>
      ))}
    </div>
  );
}
