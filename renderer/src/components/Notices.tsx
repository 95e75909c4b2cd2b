import type { Notice, NoticeAction } from '../../../main/api/contract';

interface Props {
  notices: readonly Notice[];
  /** A notice's offer, e.g. restoring the newest good backup. */
  onAction?: (action: NoticeAction) => void;
}

/** Messages from the library, e.g. a data file that could not be read (with the backup it can restore). */
export function Notices({ notices, onAction }: Props) {
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
          {notice.action && onAction && (
            <button
              type="button"
              className="button notice-action"
              data-testid="notice-action"
              data-backup-id={notice.action.backupId}
              onClick={() => onAction(notice.action!)}
            >
              {notice.action.label}
            </button>
          )}
        </p>
      ))}
    </section>
  );
}
