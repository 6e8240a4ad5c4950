// One of the app's pictures. Decorative to screen readers: the text beside it says the same.
export function Picture(props: { src: string | undefined; className?: string; testId?: string }) {
  return (
    <img
      className={props.className ?? 'picture'}
      src={props.src}
      alt=""
      draggable={false}
      data-testid={props.testId}
    />
  );
}
