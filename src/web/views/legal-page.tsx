import type { LegalView } from '../presenters/legal.ts';

/** A legal page: its heading and the text as paragraphs; everything is escaped, line breaks kept. */
export function LegalPage(props: { view: LegalView }) {
  const v = props.view;
  return (
    <article class="legal">
      <h1>{v.title}</h1>
      <div class="legal__text" lang={v.lang ?? undefined}>
        {v.paragraphs.map((lines) => (
          <p>{lines.flatMap((line, i) => (i === 0 ? [line] : [<br />, line]))}</p>
        ))}
      </div>
    </article>
  );
}
