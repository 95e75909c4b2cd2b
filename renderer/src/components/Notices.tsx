import type { Notice } from '../../../main/api/contract';

/** Messages from the library, e.g. a data file that could not be read. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      {notices.map((notice, index) => (
        <p
          key={`${index}-${notice.message}`}
          className={`notice notice-${notice.level}`}
          data-testid="notice"
          data-level={notice.level}
        >
          {notice.message}
        </p>
      ))}
    </section>
  );
}
