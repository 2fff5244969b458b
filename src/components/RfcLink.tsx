/** A link to the RFC section that explains something, preceded by a space so it follows prose. */
export function RfcLink({ refTo }: { refTo: { label: string; url: string } | undefined }) {
  if (!refTo) return null;
  return (
    <>
      {' '}
      <a href={refTo.url} target="_blank" rel="noreferrer noopener" className="text-sky-700 underline dark:text-sky-300">
        {refTo.label}
      </a>
    </>
  );
}
