import type { JobView } from '../../../main/api/contract';

/** A job's progress bar and stage, or its failure. */
export function JobProgress({ job }: { job: JobView }) {
  return (
    <div className="job" data-testid="job" data-status={job.status}>
      <progress max={1} value={job.progress} aria-label={job.label} />
      <span role="status">
        {job.status === 'failed' ? job.error : job.status === 'done' ? 'Done' : `${job.stage}…`}
      </span>
    </div>
  );
}
