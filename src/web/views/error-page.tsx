/** The body of the 404 and 500 pages: what happened and the way back to the front page. */
export function ErrorPage(props: { title: string; text: string; homeText: string }) {
  return (
    <div class="error-page">
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <a class="button" href="/">
          {props.homeText}
        </a>
      </p>
    </div>
  );
}
