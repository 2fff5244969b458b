import { exampleById } from './examples.ts';
import { lessons } from './lessons.ts';
import { loadLearnContent } from './content.ts';
import { useContentLocale, useT } from '../../lib/i18n/index.ts';

/** The lesson path; each example button puts a token and its key in the decoder and shows it there. */
export function Lessons({ onOpen }: { onOpen: (exampleId: string) => void }) {
  const t = useT();
  const locale = useContentLocale(loadLearnContent);
  return (
    <section className="flex flex-col gap-2" aria-labelledby="learn-lessons-heading">
      <h2 id="learn-lessons-heading" className="text-lg font-semibold">
        {t('learn.lessons2')}
      </h2>
      <ol aria-label={t('learn.lessons')} className="flex flex-col gap-3">
        {lessons(locale).map((lesson, i) => (
          <li key={lesson.id} className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <h3 className="font-semibold">
              <span className="mr-2 text-slate-500 dark:text-slate-400">{i + 1}.</span>
              {lesson.title}
            </h3>
            {lesson.paragraphs.map((p) => (
              <p key={p} className="mt-1 text-sm">
                {p}
              </p>
            ))}
            <div className="mt-2 flex flex-wrap items-center gap-2">
              {lesson.examples
                .filter((e) => exampleById(e.id))
                .map((e) => (
                  <button
                    key={e.id}
                    type="button"
                    onClick={() => onOpen(e.id)}
                    className="rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-600 dark:hover:bg-sky-500"
                  >
                    {e.button}
                  </button>
                ))}
              <a href={lesson.ref.url} target="_blank" rel="noreferrer noopener" className="text-xs text-sky-700 underline dark:text-sky-300">
                {lesson.ref.label}
              </a>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
