/** One entry of a navigation list; `current` marks the page being shown. */
export interface NavListItem {
  href: string;
  text: string;
  current: boolean;
}

/** A labelled navigation landmark holding a list of links, the current one marked for assistive technology. */
export function NavList(props: { items: NavListItem[]; label: string; navClass?: string; listClass?: string }) {
  if (props.items.length === 0) return null;
  return (
    <nav class={props.navClass} aria-label={props.label}>
      <ul class={props.listClass}>
        {props.items.map((item) => (
          <li>
            <a href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
